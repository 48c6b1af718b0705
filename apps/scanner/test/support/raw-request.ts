import { RequestOf, ReplyOf, Subject } from '@trueconfig/common';
import { randomUUID } from 'node:crypto';
import { NatsConnection } from 'nats';

/** A request in Nest's NATS envelope, answered with the reply and its size on the wire (what max_payload limits). */
export async function requestMeasured<S extends Subject>(nc: NatsConnection, subject: S, data: RequestOf<S>): Promise<{ bytes: number; reply: ReplyOf<S> }> {
  const message = await nc.request(subject, new TextEncoder().encode(JSON.stringify({ pattern: subject, data, id: randomUUID() })), { timeout: 15000 });
  const packet = JSON.parse(message.string()) as { response?: ReplyOf<S>; err?: unknown };
  if (packet.err !== undefined && packet.err !== null) throw new Error(`${subject} failed: ${JSON.stringify(packet.err)}`);
  return { bytes: message.data.length, reply: packet.response as ReplyOf<S> };
}
