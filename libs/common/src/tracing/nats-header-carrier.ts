import { TextMapGetter, TextMapSetter } from '@opentelemetry/api';
import { MsgHdrs } from 'nats';

/** Lets OpenTelemetry's propagator write `traceparent`/`tracestate` into NATS message headers. */
export const natsHeaderSetter: TextMapSetter<MsgHdrs> = {
  set: (carrier, key, value) => carrier.set(key, value),
};

/** …and read them back (a missing NATS header reads as ''). */
export const natsHeaderGetter: TextMapGetter<MsgHdrs | undefined> = {
  keys: (carrier) => (carrier ? carrier.keys() : []),
  get: (carrier, key) => carrier?.get(key) || undefined,
};
