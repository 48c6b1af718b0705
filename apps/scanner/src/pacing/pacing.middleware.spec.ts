import { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { PacingMiddleware, RequestPacer } from './pacing.middleware';

async function send(status: number, headers: Record<string, string> = {}) {
  const pacer: jest.Mocked<RequestPacer> = { take: jest.fn().mockResolvedValue(undefined), hold: jest.fn().mockResolvedValue(undefined) };
  const middleware = new PacingMiddleware(pacer);
  const http: Middleware = { execute: async (context) => void (context.response = new Response(null, { status, headers })) };
  middleware.setNext(http);
  await middleware.execute({ request: 'https://graph.microsoft.com/v1.0/users?$select=id', options: {} } as Context);
  return pacer;
}

describe('PacingMiddleware', () => {
  it("tells the tenant's budget to hold for a 429's Retry-After", async () => {
    const pacer = await send(429, { 'Retry-After': '5' });
    expect(pacer.take).toHaveBeenCalledWith({ bucket: 'identity', units: 1 });
    expect(pacer.hold).toHaveBeenCalledWith({ bucket: 'identity', units: 1 }, 5000);
  });

  it('holds nothing for a 429 without Retry-After or any other answer', async () => {
    expect((await send(429)).hold).not.toHaveBeenCalled();
    expect((await send(503, { 'Retry-After': '5' })).hold).not.toHaveBeenCalled();
    expect((await send(200)).hold).not.toHaveBeenCalled();
  });

  it('still hands the response back when the budget could not be told', async () => {
    const pacer: RequestPacer = { take: async () => undefined, hold: () => Promise.reject(new Error('database down')) };
    const middleware = new PacingMiddleware(pacer);
    middleware.setNext({ execute: async (context) => void (context.response = new Response(null, { status: 429, headers: { 'Retry-After': '1' } })) });
    const context = { request: 'https://graph.microsoft.com/v1.0/users', options: {} } as Context;
    await middleware.execute(context);
    expect(context.response?.status).toBe(429);
  });
});
