import { EmulatorRequest } from '../http/emulator-request';
import { stubRequest } from '../testing/request.stub';
import { aadstsErrorBody, aadstsResponse, entraTimestamp } from './aadsts-error';

const AT = new Date('2025-05-01T10:11:12.345Z');

function request(query = ''): EmulatorRequest {
  return stubRequest({ method: 'POST', path: '/t/oauth2/v2.0/token', query: new URLSearchParams(query), receivedAt: AT });
}

describe('AADSTS error bodies', () => {
  it('carries every field Entra sends, the description starting with the code', () => {
    const body = aadstsErrorBody({ code: 7000215, params: { appId: 'app-1' } }, AT, 'corr-1', 'trace-1');
    expect(body).toEqual({
      error: 'invalid_client',
      error_description: expect.stringMatching(/^AADSTS7000215: Invalid client secret provided\. .* app 'app-1'\.\r\nTrace ID: trace-1\r\nCorrelation ID: corr-1\r\nTimestamp: 2025-05-01 10:11:12Z$/s),
      error_codes: [7000215],
      timestamp: '2025-05-01 10:11:12Z',
      trace_id: 'trace-1',
      correlation_id: 'corr-1',
      error_uri: 'https://login.microsoftonline.com/error?code=7000215',
    });
  });

  it.each([
    [7000215, 401, 'invalid_client'],
    [7000222, 401, 'invalid_client'],
    [700016, 400, 'unauthorized_client'],
    [7000112, 400, 'unauthorized_client'],
    [53003, 400, 'invalid_grant'],
    [1002012, 400, 'invalid_scope'],
    [90002, 400, 'invalid_tenant'],
  ] as const)('AADSTS%s answers HTTP %s with error %s', (code, status, error) => {
    const response = aadstsResponse(request(), { code, params: {} });
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error, error_codes: [code] });
  });

  it('marks a Conditional Access block as message_only and keeps extra fields such as claims', () => {
    const body = aadstsErrorBody({ code: 53003, params: {}, extra: { claims: '{"access_token":{}}' } }, AT, 'c');
    expect(body).toMatchObject({ suberror: 'message_only', claims: '{"access_token":{}}' });
  });

  it("echoes the caller's client-request-id as the correlation id", () => {
    const response = aadstsResponse(request('client-request-id=abc'), { code: 90002, params: { tenant: 'x' } });
    expect(response.body).toMatchObject({ correlation_id: 'abc' });
  });

  it('formats timestamps like Entra', () => {
    expect(entraTimestamp(AT)).toBe('2025-05-01 10:11:12Z');
  });
});
