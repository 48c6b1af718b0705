import { Attributes, Context, propagation, ROOT_CONTEXT, SpanKind } from '@opentelemetry/api';
import { MsgHdrs } from 'nats';
import { natsHeaderGetter } from './nats-header-carrier';
import { SpanStart } from './traced-work';

const natsAttributes = (subject: string, operation: 'send' | 'process') => ({
  'messaging.system': 'nats',
  'messaging.destination.name': subject,
  'messaging.operation.type': operation,
});

/** A NATS request this process sends (its context goes out in the message headers). */
export function natsRequestSpan(subject: string): SpanStart {
  return { name: `send ${subject}`, kind: SpanKind.CLIENT, attributes: natsAttributes(subject, 'send') };
}

/** A NATS request this process handles, child of the caller's span named in its headers. */
export function natsHandlerSpan(subject: string, headers: MsgHdrs | undefined): SpanStart {
  return { name: `process ${subject}`, kind: SpanKind.SERVER, attributes: natsAttributes(subject, 'process'), parent: traceContextOf(headers) };
}

/** The remote parent a message's `traceparent` names (none when tracing is off or the header is absent). */
export function traceContextOf(headers: MsgHdrs | undefined): Context {
  return propagation.extract(ROOT_CONTEXT, headers, natsHeaderGetter);
}

/** Work a JetStream message asks for (e.g. a scan job), continuing the trace of whoever queued it. */
export function natsConsumerSpan(name: string, subject: string, headers: MsgHdrs | undefined, attributes: Attributes = {}): SpanStart {
  return { name, kind: SpanKind.CONSUMER, attributes: { ...natsAttributes(subject, 'process'), ...attributes }, parent: traceContextOf(headers) };
}
