import { z } from 'zod';

export const faultInputSchema = z
  .object({
    tenantId: z.string().min(1).optional(),
    /** Request path to match; `*` matches any run of characters, e.g. `/v1.0/users*`. */
    pathPattern: z.string().min(1),
    method: z.string().min(1).optional(),
    status: z.number().int().min(400).max(599).optional(),
    /** Share of matching requests that fail, spread evenly (deterministic, not random). */
    ratio: z.number().gt(0).max(1).optional(),
    /** Fail this many matching requests, then stop. */
    count: z.number().int().min(1).optional(),
    latencyMs: z.number().int().min(0).max(600_000).optional(),
    /** Drop the connection without an answer. */
    reset: z.boolean().optional(),
    retryAfterSeconds: z.number().int().min(0).optional(),
    /**
     * Answer requests that carry a `$skiptoken` as Graph does when a large tenant's page token has
     * expired mid-listing (400 Directory_ExpiredPageToken); first pages are served normally.
     */
    expirePageToken: z.boolean().optional(),
    /**
     * Refuse `$count=true` (400 Request_UnsupportedQuery), as Graph would on an endpoint that does not
     * support it; requests without the option are served normally.
     */
    refuseCount: z.boolean().optional(),
  })
  .strict()
  .refine((fault) => fault.status !== undefined || fault.latencyMs !== undefined || fault.reset === true || fault.expirePageToken === true || fault.refuseCount === true, {
    message: 'a fault needs status, latencyMs, reset, expirePageToken or refuseCount',
  });

export type FaultInput = z.output<typeof faultInputSchema>;
