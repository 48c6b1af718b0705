import { rateLimitHint } from './rate-limit-hint';

describe('rateLimitHint', () => {
  it("takes the gateway's retry hint from a RATE_LIMITED error, 1 s without one", () => {
    expect(rateLimitHint({ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 3 } }] })).toBe(3);
    expect(rateLimitHint({ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] })).toBe(1);
  });

  it('is undefined for any other answer, so the bench fails instead of retrying', () => {
    expect(rateLimitHint({ errors: [{ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] })).toBeUndefined();
    expect(rateLimitHint({ data: {} })).toBeUndefined();
  });
});
