import { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { GraphRequestCounter } from './graph-request-counts';

export interface ThrottleNotice {
  url: string;
  status: number;
  retryAfter: string | null;
}

/**
 * Sits just before the HTTP handler, after the Graph client's RetryHandler, so it sees every request
 * actually sent: counts it, counts a retry when the RetryHandler marked it with `Retry-Attempt`, and
 * reports every 429 (with its Retry-After) so the scan can log it.
 */
export class CountingMiddleware implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly counter: GraphRequestCounter,
    private readonly onThrottle: (notice: ThrottleNotice) => void,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    this.counter.add('total');
    if (retryAttemptOf(context)) this.counter.add('retries');
    await this.next?.execute(context);
    const response = context.response;
    if (response?.status === 429) {
      this.counter.add('throttled');
      this.onThrottle({ url: String(context.request), status: 429, retryAfter: response.headers.get('Retry-After') });
    }
  }
}

/** The header the Graph client's RetryHandler sets on each request it sends again. */
const RETRY_ATTEMPT_HEADER = 'Retry-Attempt';

function retryAttemptOf(context: Context): string | null {
  if (context.request instanceof Request) return context.request.headers.get(RETRY_ATTEMPT_HEADER);
  const headers: unknown = context.options?.headers;
  if (headers instanceof Headers) return headers.get(RETRY_ATTEMPT_HEADER);
  if (Array.isArray(headers)) return (headers as Array<[string, string]>).find(([key]) => key === RETRY_ATTEMPT_HEADER)?.[1] ?? null;
  if (headers && typeof headers === 'object') return (headers as Record<string, string>)[RETRY_ATTEMPT_HEADER] ?? null;
  return null;
}
