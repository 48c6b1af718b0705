import { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { asksForCount, EventualCountMiddleware } from './eventual-count.middleware';

const GRAPH = 'https://graph.microsoft.com';

async function headersSent(url: string, headers?: Record<string, string>): Promise<Headers> {
  const middleware = new EventualCountMiddleware();
  let sent = new Headers();
  const http: Middleware = { execute: async (context) => void (sent = new Headers(context.options?.headers as Record<string, string>)) };
  middleware.setNext(http);
  await middleware.execute({ request: url, options: headers ? { headers } : {} } as Context);
  return sent;
}

describe('EventualCountMiddleware', () => {
  it('opts a request that asks for $count into eventual consistency, keeping its other headers', async () => {
    const sent = await headersSent(`${GRAPH}/v1.0/users?$select=id&$top=999&$count=true`, { Prefer: 'odata.maxpagesize=999' });
    expect(sent.get('ConsistencyLevel')).toBe('eventual');
    expect(sent.get('Prefer')).toBe('odata.maxpagesize=999');
  });

  it('leaves other requests alone', async () => {
    expect((await headersSent(`${GRAPH}/v1.0/users?$select=id`)).get('ConsistencyLevel')).toBeNull();
    expect((await headersSent(`${GRAPH}/v1.0/users/delta?$count=false`)).get('ConsistencyLevel')).toBeNull();
  });

  it('reads the option case-insensitively and encoded', () => {
    expect(asksForCount(`${GRAPH}/v1.0/users?%24COUNT=TRUE&$skiptoken=x`)).toBe(true);
    expect(asksForCount(`${GRAPH}/v1.0/users`)).toBe(false);
  });
});

describe('EventualCountMiddleware fallback when Graph refuses $count', () => {
  const REPORT = `${GRAPH}/beta/reports/authenticationMethods/userRegistrationDetails`;

  function refusingCount() {
    const sent: string[] = [];
    const refused = jest.fn();
    const middleware = new EventualCountMiddleware(refused);
    middleware.setNext({
      execute: async (context) => {
        const url = String(context.request);
        sent.push(url);
        context.response = new Response('{}', { status: asksForCount(url) ? 400 : 200 });
      },
    });
    const send = async (url: string) => {
      const context = { request: url, options: {} } as Context;
      await middleware.execute(context);
      return context.response?.status;
    };
    return { sent, refused, send };
  }

  it('sends a first page refused with 400 once more without $count, and reports it once', async () => {
    const { sent, refused, send } = refusingCount();
    expect(await send(`${REPORT}?$select=id&$top=999&$count=true`)).toBe(200);
    expect(sent).toEqual([`${REPORT}?$select=id&$top=999&$count=true`, `${REPORT}?$select=id&$top=999`]);
    expect(refused).toHaveBeenCalledTimes(1);
    expect(refused).toHaveBeenCalledWith('/beta/reports/authenticationMethods/userRegistrationDetails', 400);

    // The endpoint's next request (a later scan page or listing) goes without $count straight away.
    expect(await send(`${REPORT}?$count=true&$top=999`)).toBe(200);
    expect(sent.at(-1)).toBe(`${REPORT}?$top=999`);
    expect(refused).toHaveBeenCalledTimes(1);
  });

  it('does not retry a 400 on a continuation page, nor a request without $count', async () => {
    const { sent, refused, send } = refusingCount();
    expect(await send(`${REPORT}?$count=true&$skiptoken=abc`)).toBe(400);
    expect(sent).toHaveLength(1);
    expect(refused).not.toHaveBeenCalled();
  });

  it('passes other answers to a counted request through untouched', async () => {
    const middleware = new EventualCountMiddleware();
    const http = jest.fn(async (context: Context) => void (context.response = new Response('{}', { status: 403 })));
    middleware.setNext({ execute: http });
    const context = { request: `${GRAPH}/v1.0/users?$count=true`, options: {} } as Context;
    await middleware.execute(context);
    expect(http).toHaveBeenCalledTimes(1);
    expect(context.response?.status).toBe(403);
  });
});
