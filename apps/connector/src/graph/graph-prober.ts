import { Inject, Injectable } from '@nestjs/common';
import { Client, GraphError, MiddlewareFactory, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { GraphMetricsMiddleware } from '@trueconfig/common';
import { CONNECTOR_CONFIG, ConnectorEnv } from '../config/connector-env.schema';
import { withTimeout } from '../entra/with-timeout';
import { GraphAnswer } from './graph-answer';

/**
 * Cheap Graph GETs with a freshly acquired token, through the real Graph client. No retries: a
 * connection test reports throttling instead of waiting it out. The token is never logged.
 */
@Injectable()
export class GraphProber {
  constructor(@Inject(CONNECTOR_CONFIG) private readonly config: ConnectorEnv) {}

  async get(accessToken: string, path: string): Promise<GraphAnswer> {
    // The default chain with /metrics recording just before the HTTP call.
    const middleware = MiddlewareFactory.getDefaultMiddlewareChain({ getAccessToken: () => Promise.resolve(accessToken) });
    middleware.splice(middleware.length - 1, 0, new GraphMetricsMiddleware());
    const client = Client.initWithMiddleware({
      middleware,
      baseUrl: this.config.GRAPH_BASE_URL,
      customHosts: new Set([new URL(this.config.GRAPH_BASE_URL).hostname]),
      defaultVersion: 'v1.0',
    });
    const timeoutMs = this.config.GRAPH_CHECK_TIMEOUT_MS;
    try {
      const request = client.api(path).middlewareOptions([new RetryHandlerOptions(0, 0)]).get() as Promise<unknown>;
      return { ok: true, body: await withTimeout(request, timeoutMs, `GET ${path}`) };
    } catch (error) {
      return failureOf(error);
    }
  }
}

function failureOf(error: unknown): GraphAnswer {
  if (error instanceof GraphError && error.statusCode > 0) {
    return { ok: false, status: error.statusCode, code: error.code, message: error.message };
  }
  return { ok: false, status: null, code: null, message: error instanceof Error ? error.message : String(error) };
}
