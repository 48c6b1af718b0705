import { Context, Middleware } from '@microsoft/microsoft-graph-client';

/** Graph honours `$count=true` on directory listings only with this header (it silently ignores it otherwise). */
export const CONSISTENCY_LEVEL_HEADER = 'ConsistencyLevel';

/** Told once per endpoint when Graph refused `$count` there and the listing went on without it. */
export type CountRefusedListener = (path: string, status: number) => void;

/**
 * Adds `ConsistencyLevel: eventual` to every request that asks for `$count=true`, first pages and the
 * next links that carry the option alike, wherever the listing is built (paged reads, replica listings).
 * `$count` is only for progress, and Microsoft does not document it on every endpoint we ask it of
 * (userRegistrationDetails): a first page refused with 400 is sent once more without it, and the
 * endpoint's later requests go without it from then on, so the read succeeds without a total.
 */
export class EventualCountMiddleware implements Middleware {
  private next?: Middleware;
  private readonly refused = new Set<string>();

  constructor(private readonly onRefused: CountRefusedListener = () => undefined) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const url = requestUrl(context);
    if (!asksForCount(url)) return this.next?.execute(context);
    const path = new URL(url, 'https://graph.invalid').pathname;
    if (this.refused.has(path)) return this.sendWithoutCount(context, url);
    setHeader(context, CONSISTENCY_LEVEL_HEADER, 'eventual');
    await this.next?.execute(context);
    if (context.response?.status !== 400 || !isFirstPage(url)) return;
    this.refused.add(path);
    this.onRefused(path, context.response.status);
    await this.sendWithoutCount(context, url);
  }

  private async sendWithoutCount(context: Context, url: string): Promise<void> {
    const plain = withoutCount(url);
    context.request = context.request instanceof Request ? new Request(plain, context.request) : plain;
    await this.next?.execute(context);
  }
}

export function asksForCount(url: string): boolean {
  return [...queryOf(url)].some(([key, value]) => key.toLowerCase() === '$count' && value.toLowerCase() === 'true');
}

/** The URL without its `$count` option (every other option kept as sent). */
export function withoutCount(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const kept = url
    .slice(query + 1)
    .split('&')
    .filter((pair) => decodeURIComponent(pair.split('=')[0]).toLowerCase() !== '$count');
  return kept.length > 0 ? `${url.slice(0, query)}?${kept.join('&')}` : url.slice(0, query);
}

/** A first page: not a continuation carrying a page token. */
function isFirstPage(url: string): boolean {
  return ![...queryOf(url).keys()].some((key) => ['$skiptoken', '$skip', '$deltatoken'].includes(key.toLowerCase()));
}

function queryOf(url: string): URLSearchParams {
  const query = url.indexOf('?');
  return new URLSearchParams(query < 0 ? '' : url.slice(query + 1));
}

function requestUrl(context: Context): string {
  return context.request instanceof Request ? context.request.url : String(context.request);
}

function setHeader(context: Context, key: string, value: string): void {
  if (context.request instanceof Request) return context.request.headers.set(key, value);
  context.options ??= {};
  const headers: unknown = context.options.headers;
  if (headers instanceof Headers) headers.set(key, value);
  else if (Array.isArray(headers)) (headers as Array<[string, string]>).push([key, value]);
  else context.options.headers = { ...(headers as Record<string, string> | undefined), [key]: value };
}
