import { z } from 'zod';

const path = z.string().min(1, 'must be a file path');

/**
 * NATS authentication and TLS. Each may also come from `NAME_FILE` (e.g. NATS_PASSWORD_FILE). Pairs are
 * checked together when the connection options are built (natsConnectionOptions).
 */
export const natsSecurityEnv = {
  NATS_USER: z.string().min(1).optional(),
  NATS_PASSWORD: z.string().min(1).optional(),
  NATS_TOKEN: z.string().min(1).optional(),
  /** A `.creds` file (user JWT and NKey seed), as issued by `nsc` for NATS decentralised auth. */
  NATS_CREDS_FILE: path.optional(),
  /** CA bundle that signed the NATS server's certificate; setting it turns TLS on. */
  NATS_TLS_CA_FILE: path.optional(),
  /** Client certificate and key, for servers that verify clients (mutual TLS). */
  NATS_TLS_CERT_FILE: path.optional(),
  NATS_TLS_KEY_FILE: path.optional(),
};

export const natsSecurityEnvSchema = z.object(natsSecurityEnv);
export type NatsSecurityEnv = z.infer<typeof natsSecurityEnvSchema>;
