import { stubEmulator } from '../testing/pipeline.stub';

const json = (body: unknown) => JSON.stringify(body);

describe('/$batch', () => {
  it('routes, permission-checks and counts each request on its own', async () => {
    const emulator = stubEmulator();
    const token = emulator.tokenFor({ permissions: ['User.Read.All'] });
    const requests = [
      { id: '1', method: 'GET', url: '/users?$top=2' },
      { id: '2', method: 'GET', url: '/identity/conditionalAccess/policies' },
      { id: '3', method: 'GET', url: '/nowhere' },
    ];
    const response = await emulator.send({ method: 'POST', path: '/v1.0/$batch', body: json({ requests }), headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const { responses } = response.body as { responses: Array<{ id: string; status: number; body: { value?: unknown[] } }> };
    expect(responses.map((r) => [r.id, r.status])).toEqual([['1', 200], ['2', 403], ['3', 404]]);
    expect(responses[0].body.value).toHaveLength(2);
    expect(emulator.state.stats.snapshot().requests).toEqual(
      expect.arrayContaining([
        { method: 'POST', path: '/v1.0/$batch', status: 200, count: 1 },
        { method: 'GET', path: '/v1.0/users', status: 200, count: 1 },
      ]),
    );
  });

  it('throttles inside a 200 batch', async () => {
    const emulator = stubEmulator(undefined, { throttleScale: 1 });
    const token = emulator.tokenFor({ permissions: ['Policy.Read.All'] });
    const requests = ['a', 'b'].map((id) => ({ id, method: 'GET', url: '/identity/conditionalAccess/policies' }));
    const response = await emulator.send({ method: 'POST', path: '/beta/$batch', body: json({ requests }), headers: { authorization: `Bearer ${token}` } });
    const { responses } = response.body as { responses: Array<{ status: number; body: unknown }> };
    expect(response.status).toBe(200);
    expect(responses.map((r) => r.status)).toEqual([200, 429]);
    expect(responses[1].body).toMatchObject({ error: { code: 'TooManyRequests', innerError: { code: '429' } } });
  });

  it('refuses more than 20 requests and malformed bodies with 400', async () => {
    const emulator = stubEmulator();
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/users' }));
    expect((await emulator.send({ method: 'POST', path: '/v1.0/$batch', body: json({ requests }) })).status).toBe(400);
    expect((await emulator.send({ method: 'POST', path: '/v1.0/$batch', body: '{' })).status).toBe(400);
  });
});
