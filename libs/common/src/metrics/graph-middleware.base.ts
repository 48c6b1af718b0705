import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/** A Graph client middleware that observes each request around the rest of the chain. */
export abstract class GraphMiddlewareBase implements Middleware {
  private next?: Middleware;

  setNext(next: Middleware): void {
    this.next = next;
  }

  abstract execute(context: Context): Promise<void>;

  protected async proceed(context: Context): Promise<void> {
    await this.next?.execute(context);
  }
}

export function graphRequestUrl(context: Context): string {
  return typeof context.request === 'string' ? context.request : context.request.url;
}

export function graphRequestMethod(context: Context): string {
  return (typeof context.request === 'string' ? context.options?.method : context.request.method) ?? 'GET';
}
