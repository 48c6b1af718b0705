import type { Context } from '@microsoft/microsoft-graph-client';
import { GraphMiddlewareBase, graphRequestUrl } from './graph-middleware.base';
import { recordGraphRequest, recordGraphRetry } from './graph.metrics';

/** The header the Graph client's RetryHandler sets on each request it sends again. */
const RETRY_ATTEMPT_HEADER = 'Retry-Attempt';

/**
 * Graph client middleware that records every request actually sent on `/metrics` (by endpoint and
 * status; 429s as throttles; RetryHandler resends as retries). Put it just before the HTTP handler,
 * after the RetryHandler, e.g. `chain.splice(chain.length - 1, 0, new GraphMetricsMiddleware())`.
 */
export class GraphMetricsMiddleware extends GraphMiddlewareBase {
  async execute(context: Context): Promise<void> {
    const url = graphRequestUrl(context);
    if (retryAttemptOf(context)) recordGraphRetry(url);
    const started = Date.now();
    try {
      await this.proceed(context);
    } finally {
      recordGraphRequest(url, context.response?.status ?? 0, Date.now() - started);
    }
  }
}

function retryAttemptOf(context: Context): string | null {
  if (typeof context.request !== 'string') return context.request.headers.get(RETRY_ATTEMPT_HEADER);
  const headers: unknown = context.options?.headers;
  if (headers instanceof Headers) return headers.get(RETRY_ATTEMPT_HEADER);
  if (Array.isArray(headers)) return (headers as Array<[string, string]>).find(([key]) => key === RETRY_ATTEMPT_HEADER)?.[1] ?? null;
  if (headers && typeof headers === 'object') return (headers as Record<string, string>)[RETRY_ATTEMPT_HEADER] ?? null;
  return null;
}
