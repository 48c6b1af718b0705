import { baseEnvSchema, port } from '@trueconfig/common';
import { z } from 'zod';
import { isEncryptionKey, parsePreviousKeys } from './encryption-key';

export const DEFAULT_ENTRA_AUTHORITY_HOST = 'https://login.microsoftonline.com';
export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com';

const keyId = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be 1-64 letters, digits, "_", "." or "-"');

export const connectorEnvSchema = baseEnvSchema.extend({
  CONNECTOR_PORT: port(4001),
  ENTRA_AUTHORITY_HOST: z.url({ protocol: /^https$/ }).default(DEFAULT_ENTRA_AUTHORITY_HOST),
  /** Base64 of exactly 32 bytes (AES-256). Never echoed in a config error. */
  ENCRYPTION_KEY: z.string({ error: 'is required (base64 of 32 random bytes)' }).refine(isEncryptionKey, {
    error: 'must be base64 of exactly 32 bytes (e.g. `openssl rand -base64 32`)',
  }),
  ENCRYPTION_KEY_ID: keyId.default('k1'),
  /** Retired keys still able to decrypt during a rotation: `id:base64,id:base64`. */
  ENCRYPTION_PREVIOUS_KEYS: z
    .string()
    .default('')
    .refine((value) => parsePreviousKeys(value) !== null, {
      error: 'must be a comma-separated list of id:base64 entries, each key 32 bytes',
    }),
  /** Upper bound for one token request to Entra ID, below the gateway's NATS timeout. */
  ENTRA_TOKEN_TIMEOUT_MS: z.coerce.number().int().min(500).max(60000).default(8000),
  GRAPH_BASE_URL: z
    .url({ protocol: /^https$/ })
    .default(DEFAULT_GRAPH_BASE_URL)
    .transform((url) => url.replace(/\/+$/, '')),
  /** Upper bound for each cheap Graph call of a connection test. */
  GRAPH_CHECK_TIMEOUT_MS: z.coerce.number().int().min(500).max(60000).default(8000),
  /** TrueConfig's own multi-tenant app (admin consent mode); the feature is off while any is unset. */
  TRUECONFIG_APP_CLIENT_ID: z.guid().optional(),
  TRUECONFIG_APP_CLIENT_SECRET: z.string().min(1).optional(),
  CONSENT_REDIRECT_URI: z.url().optional(),
  /** Signs the consent `state` (HMAC-SHA256); at least 32 characters. */
  CONSENT_STATE_SECRET: z.string().min(32).optional(),
  CONSENT_STATE_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(1800),
});

export type ConnectorEnv = z.infer<typeof connectorEnvSchema>;

export const CONNECTOR_CONFIG = Symbol('CONNECTOR_CONFIG');
