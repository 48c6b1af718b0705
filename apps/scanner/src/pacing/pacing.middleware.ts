import { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { RequestCost, requestCost } from './request-cost';

export interface RequestPacer {
  take(cost: RequestCost): Promise<void>;
}

/**
 * Sits after the Graph client's RetryHandler and before the HTTP handler, so every request actually
 * sent (retries included) first waits for its tokens: none leaves while its budget is spent. A
 * `$batch` is paced item by item, since Graph throttles each item on its own.
 */
export class PacingMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly pacer: RequestPacer) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    for (const cost of costsOf(context)) await this.pacer.take(cost);
    await this.next?.execute(context);
  }
}

export function costsOf(context: Context): RequestCost[] {
  const url = context.request instanceof Request ? context.request.url : String(context.request);
  if (!/\/\$batch(\?|$)/.test(url)) return [requestCost(url)];
  return batchItemUrls(context.options?.body).map(requestCost);
}

function batchItemUrls(body: unknown): string[] {
  if (typeof body !== 'string') return [];
  try {
    const parsed = JSON.parse(body) as { requests?: Array<{ url?: unknown }> };
    return (parsed.requests ?? []).map((item) => String(item.url ?? ''));
  } catch {
    return [];
  }
}
