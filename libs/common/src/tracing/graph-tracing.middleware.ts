import type { Context } from '@microsoft/microsoft-graph-client';
import { SpanKind } from '@opentelemetry/api';
import { graphEndpointLabel } from '../metrics/graph-endpoint-label';
import { GraphMiddlewareBase, graphRequestMethod, graphRequestUrl } from '../metrics/graph-middleware.base';
import { TracedWork } from './traced-work';

/**
 * Graph client middleware: a client span per request actually sent (retries included), named by
 * method and endpoint (ids replaced, no query string: `GET v1.0/users/{id}/memberOf`), with the
 * response status. Put it just before the HTTP handler, after the RetryHandler.
 */
export class GraphTracingMiddleware extends GraphMiddlewareBase {
  async execute(context: Context): Promise<void> {
    const url = graphRequestUrl(context);
    const method = graphRequestMethod(context);
    const endpoint = graphEndpointLabel(url);
    const work = new TracedWork({
      name: `${method} ${endpoint}`,
      kind: SpanKind.CLIENT,
      attributes: { 'http.request.method': method, 'server.address': hostOf(url), 'trueconfig.graph.endpoint': endpoint },
    });
    let failure: unknown;
    try {
      await work.run(() => this.proceed(context));
    } catch (error) {
      failure = error;
      throw error;
    } finally {
      const status = context.response?.status;
      if (status !== undefined) work.span.setAttribute('http.response.status_code', status);
      work.end(failure ?? (status !== undefined && status >= 400 ? new Error(`HTTP ${status}`) : undefined));
    }
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
