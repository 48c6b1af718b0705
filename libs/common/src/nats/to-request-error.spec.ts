import { TimeoutError } from 'rxjs';
import { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-code.enum';
import { toRequestError } from './to-request-error';

describe('toRequestError', () => {
  it('keeps an AppError payload that crossed NATS, with its code, remediation and details', () => {
    const payload = { code: ErrorCode.INVALID_CREDENTIALS, message: 'bad secret', remediation: ['Step 1'], details: { field: 'clientSecret' } };
    expect(toRequestError(payload, 'connector.tenant.connect', 5000)).toMatchObject(payload);
  });

  it('maps a timeout to SERVICE_UNAVAILABLE naming the service and the limit', () => {
    const error = toRequestError(new TimeoutError(), 'scanner.scan.start', 5000);
    expect(error.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(error.message).toBe('The scanner service did not answer within 5000 ms.');
  });

  it('maps "no subscribers" to SERVICE_UNAVAILABLE', () => {
    const error = toRequestError(new Error('Empty response. There are no subscribers listening to that message ("x")'), 'audit.logs.query', 5000);
    expect(error.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
  });

  it('maps a request sent while NATS is down (Nest throws a bare string) to SERVICE_UNAVAILABLE', () => {
    const error = toRequestError('Error: Connection lost. Trying to reconnect...', 'scanner.scan.get', 5000);
    expect(error.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(error.message).toBe('The scanner service is not available.');
  });

  it('hides the text of an unexpected error behind INTERNAL', () => {
    const error = toRequestError({ status: 'error', message: 'Internal server error' }, 'audit.logs.query', 5000);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(ErrorCode.INTERNAL);
    expect(error.message).toBe('An internal error occurred.');
  });
});
