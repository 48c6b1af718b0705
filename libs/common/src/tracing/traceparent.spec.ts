import { headers } from 'nats';
import { contextFromHeaders, outgoingTraceHeaders } from './nats-trace-headers';
import { runWithRequestContext } from './request-context';
import { formatTraceparent, parseTraceparent } from './traceparent';

describe('trace context over NATS headers', () => {
  it('round-trips a W3C traceparent and refuses malformed ones', () => {
    const value = formatTraceparent('4bf92f3577b34da6a3ce929d0e0e4736', '00f067aa0ba902b7');
    expect(parseTraceparent(value)).toEqual({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', sampled: true });
    expect(parseTraceparent('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).toBeUndefined();
    expect(parseTraceparent('garbage')).toBeUndefined();
  });

  it('carries the correlation id and trace id to the receiver, which opens a span of its own', () => {
    const caller = { correlationId: 'req-42', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' };
    const sent = runWithRequestContext(caller, () => outgoingTraceHeaders());
    const received = contextFromHeaders(sent);
    expect(received.correlationId).toBe('req-42');
    expect(received.traceId).toBe(caller.traceId);
    expect(received.spanId).not.toBe(caller.spanId);
  });

  it('names no parent outside any request (a scheduler tick), but still gives a correlation id', () => {
    const sent = outgoingTraceHeaders();
    expect(sent.has('traceparent')).toBe(false);
    expect(sent.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('starts a new trace when the message has no usable headers, and drops unsafe correlation ids', () => {
    const unsafe = headers();
    unsafe.set('x-correlation-id', '"} {"level":60,"msg":"forged');
    const received = contextFromHeaders(unsafe);
    expect(received.correlationId).not.toContain('forged');
    expect(received.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(contextFromHeaders(undefined).correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
