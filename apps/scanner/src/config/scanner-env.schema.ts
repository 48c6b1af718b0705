import { baseEnvSchema, port } from '@trueconfig/common';
import { z } from 'zod';

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com';

export const scannerEnvSchema = baseEnvSchema.extend({
  SCANNER_PORT: port(4002),
  /** The Graph client sends bearer tokens over https only, so plain http is refused here rather than failing every read. */
  GRAPH_BASE_URL: z
    .string()
    .url()
    .regex(/^https:\/\//, 'must be an https:// URL')
    .default(DEFAULT_GRAPH_BASE_URL)
    .transform((url) => url.replace(/\/+$/, '')),
});

export type ScannerEnv = z.infer<typeof scannerEnvSchema>;

export const SCANNER_CONFIG = Symbol('SCANNER_CONFIG');
