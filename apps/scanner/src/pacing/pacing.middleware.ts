import { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { parseRetryAfter } from '@trueconfig/controls';
import { RequestCost, requestCost } from './request-cost';

export interface RequestPacer {
  take(cost: RequestCost): Promise<void>;
  /** Graph answered 429 with Retry-After: nothing more is sent from this budget for `ms`. */
  hold(cost: RequestCost, ms: number): Promise<void>;
}

/**
 * Sits after the Graph client's RetryHandler and before the HTTP handler, so every request actually
 * sent (retries included) first waits for its tokens: none leaves while its budget is spent. A
 * `$batch` is paced item by item, since Graph throttles each item on its own. A 429's Retry-After is
 * passed on to the budget, which every replica shares, so no replica sends while Graph says wait.
 */
export class PacingMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly pacer: RequestPacer) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const costs = costsOf(context);
    for (const cost of costs) await this.pacer.take(cost);
    await this.next?.execute(context);
    const wait = context.response?.status === 429 ? parseRetryAfter(context.response.headers.get('Retry-After')) : null;
    // Advisory: the scan's sender waits the 429 out anyway, so a hold the database missed loses nothing.
    if (wait !== null && costs.length > 0) await this.pacer.hold(costs[0], wait).catch(() => undefined);
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
