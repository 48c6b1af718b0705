import { randomUUID } from 'node:crypto';
import { EmulatorState } from '../emulator-state';
import { EmulatorRequest, EmulatorResponse, Route } from '../http/emulator-request';
import { graphError, GRAPH_CONTENT_TYPE } from '../http/graph-error';
import { BatchItem, batchBodySchema, MAX_BATCH_REQUESTS } from './batch-request.schema';

type ApiVersion = 'v1.0' | 'beta';

function parseBody(request: EmulatorRequest): BatchItem[] | string {
  let json: unknown;
  try {
    json = JSON.parse(request.body);
  } catch {
    return 'Invalid batch payload format.';
  }
  const parsed = batchBodySchema.safeParse(json);
  return parsed.success ? parsed.data.requests : 'Invalid batch payload format.';
}

/** A batch item as its own request: same caller, same clock, its own path and query. */
function subRequest(outer: EmulatorRequest, item: BatchItem, version: ApiVersion): EmulatorRequest {
  // The JS client sends absolute Request URLs as `/v1.0/users`; Graph reads them relative to the batch's version.
  const relative = item.url.replace(/^\/+/, '').replace(/^(v1\.0|beta)\//i, '');
  const url = new URL(`/${version}/${relative}`, 'https://batch.invalid');
  const headers = Object.fromEntries(Object.entries(item.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  return {
    ...outer,
    method: item.method.toUpperCase(),
    path: decodeURIComponent(url.pathname),
    query: url.searchParams,
    headers: { ...headers, authorization: outer.headers.authorization },
    body: item.body === undefined ? '' : JSON.stringify(item.body),
    params: {},
    requestId: randomUUID(),
  };
}

/** Graph writes item headers in their canonical case (`Content-Type`, `Retry-After`), and the JS client relies on it. */
function batchHeaders(answer: EmulatorResponse): Record<string, string> {
  const canonical = (name: string) => (name.startsWith('x-ms-') ? name : name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase()));
  const headers = Object.fromEntries(Object.entries(answer.headers ?? {}).map(([name, value]) => [canonical(name), value]));
  return answer.body === undefined ? headers : { 'Content-Type': answer.contentType ?? GRAPH_CONTENT_TYPE, ...headers };
}

function batchHandler(state: EmulatorState, version: ApiVersion) {
  return async (request: EmulatorRequest): Promise<EmulatorResponse> => {
    const items = parseBody(request);
    if (typeof items === 'string') return graphError(request, 400, 'BadRequest', items);
    if (items.length > MAX_BATCH_REQUESTS) {
      return graphError(request, 400, 'BadRequest', `The number of requests in the batch exceeds the maximum of ${MAX_BATCH_REQUESTS}.`);
    }
    if (new Set(items.map((item) => item.id)).size !== items.length) return graphError(request, 400, 'BadRequest', 'Batch request ids must be unique.');
    const responses = [];
    for (const item of items) {
      const answer = await state.dispatch(subRequest(request, item, version));
      const status = answer.resetConnection ? 504 : answer.status;
      const headers = batchHeaders(answer);
      responses.push({ id: item.id, status, headers, ...(answer.body !== undefined ? { body: answer.body } : {}) });
    }
    return { status: 200, body: { responses }, contentType: GRAPH_CONTENT_TYPE };
  };
}

/** `/$batch`: up to 20 requests, each routed, permission-checked, throttled and counted on its own. */
export function batchRoutes(state: EmulatorState): Route[] {
  return (['v1.0', 'beta'] as const).map((version) => ({ method: 'POST', pattern: `/${version}/$batch`, area: 'graph' as const, handle: batchHandler(state, version) }));
}
