import { stubRequest } from '../testing/request.stub';
import { EmulatorRequest } from './emulator-request';
import { graphError, GRAPH_ERRORS, resourceNotFound } from './graph-error';

function request(path = '/v1.0/users', clientRequestId?: string): EmulatorRequest {
  return stubRequest({ path, clientRequestId });
}

describe('Graph error bodies', () => {
  it('has the exact shape Graph sends, with plain application/json', () => {
    const { code, message } = GRAPH_ERRORS.insufficientPrivileges;
    const response = graphError(request('/v1.0/users', 'client-1'), 403, code, message);
    expect(response).toEqual({
      status: 403,
      contentType: 'application/json',
      headers: undefined,
      body: {
        error: {
          code: 'Authorization_RequestDenied',
          message: 'Insufficient privileges to complete the operation.',
          innerError: { date: '2025-05-01T10:11:12', 'request-id': 'req-1', 'client-request-id': 'client-1' },
        },
      },
    });
  });

  it('uses the request id when the client sent no client-request-id, and an inner code when given', () => {
    const response = graphError(request(), 429, 'TooManyRequests', 'Please retry again later.', { innerCode: '429' });
    expect(response.body).toMatchObject({ error: { innerError: { code: '429', 'client-request-id': 'req-1' } } });
  });

  it('names the unknown segment in a 404', () => {
    expect(resourceNotFound(request('/v1.0/nothingHere'))).toMatchObject({
      status: 404,
      body: { error: { code: 'Request_ResourceNotFound', message: "Resource not found for the segment 'nothingHere'." } },
    });
  });

  it('words the Conditional Access refusal as Graph does', () => {
    expect(GRAPH_ERRORS.missingScopes).toEqual({
      code: 'AccessDenied',
      message: 'You cannot perform the requested operation, required scopes are missing in the token.',
    });
  });
});
