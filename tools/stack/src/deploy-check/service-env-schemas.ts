import { join } from 'node:path';
import { z } from 'zod';

type EnvSchema = z.ZodObject<z.ZodRawShape>;

/** Where each service's environment schema lives (loaded by path: tools may not import apps). */
const SCHEMAS: Record<string, { file: string; name: string }> = {
  gateway: { file: 'apps/gateway/src/config/gateway-env.schema', name: 'gatewayEnvSchema' },
  connector: { file: 'apps/connector/src/config/connector-env.schema', name: 'connectorEnvSchema' },
  scanner: { file: 'apps/scanner/src/config/scanner-env.schema', name: 'scannerEnvSchema' },
  audit: { file: 'apps/audit/src/config/audit-env.schema', name: 'auditEnvSchema' },
};

export const APP_SERVICES = Object.keys(SCHEMAS);

/** Loads a service's zod env schema from its source (under jest, which compiles TypeScript on the fly). */
export async function loadServiceEnvSchema(root: string, service: string): Promise<EnvSchema> {
  const { file, name } = SCHEMAS[service];
  const module = (await import(join(root, file))) as Record<string, unknown>;
  const schema = module[name];
  if (!(schema instanceof z.ZodObject)) throw new Error(`${file} exports no ${name}`);
  return schema as EnvSchema;
}
