import { z } from 'zod';

export const MAX_BATCH_REQUESTS = 20;

export const batchItemSchema = z.object({
  id: z.string().min(1),
  method: z.string().min(1),
  url: z.string().min(1),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
  dependsOn: z.array(z.string()).optional(),
});

export const batchBodySchema = z.object({ requests: z.array(batchItemSchema).min(1) });

export type BatchItem = z.output<typeof batchItemSchema>;
