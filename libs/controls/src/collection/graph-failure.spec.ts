import { GraphError } from '@microsoft/microsoft-graph-client';
import { toGraphFailure } from './graph-failure';

function graphError(status: number, code: string, message: string): GraphError {
  const error = new GraphError(status, message);
  error.code = code;
  return error;
}

describe('toGraphFailure', () => {
  it('keeps Graph status, code and message', () => {
    expect(toGraphFailure(graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'))).toEqual({
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    });
  });

  it('does not treat a failed token request or a local error as Graph answering', () => {
    expect(toGraphFailure(graphError(-1, 'AppError', 'Invalid client secret'))).toBeNull();
    expect(toGraphFailure(new Error('database down'))).toBeNull();
  });
});
