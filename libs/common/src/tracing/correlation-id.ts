/** The header a caller may set to pick the correlation id; the gateway echoes it on the response. */
export const CORRELATION_HEADER = 'x-correlation-id';
export const TRACEPARENT_HEADER = 'traceparent';

const SAFE_CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A caller's id is kept only when it is short and plain, so it cannot forge log lines. */
export function acceptCorrelationId(value: unknown): string | undefined {
  return typeof value === 'string' && SAFE_CORRELATION_ID.test(value) ? value : undefined;
}
