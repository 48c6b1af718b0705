import { Gauge } from 'prom-client';
import { JetStreamManager, NatsConnection } from 'nats';
import { metricsRegistry } from './metrics-registry';
import { ConsumerRef } from './watched-consumers';

const INFO_TIMEOUT_MS = 2000;
const SHARED_READ_MS = 500;

interface ConsumerCounts {
  pending: number;
  ackPending: number;
  redelivered: number;
  waiting: number;
}

type Reading = Array<[ConsumerRef, ConsumerCounts]>;

interface Source {
  nc: NatsConnection;
  consumers: ConsumerRef[];
  jsm?: JetStreamManager;
}

const sources = new Set<Source>();
let shared: { at: number; reading: Promise<Reading> } | undefined;

/**
 * Reports these JetStream consumers' backlog on each scrape (read from the server then): not yet
 * delivered (the scanner's KEDA trigger scales on this lag), unacknowledged, redelivered. Returns an unwatch.
 */
export function watchJetStreamConsumers(nc: NatsConnection, consumers: ConsumerRef[]): () => void {
  const source: Source = { nc, consumers };
  sources.add(source);
  return () => sources.delete(source);
}

function gauge(name: string, help: string, pick: (c: ConsumerCounts) => number): void {
  new Gauge({
    name,
    help,
    labelNames: ['stream', 'consumer'],
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      for (const [ref, counts] of await readShared()) this.set({ stream: ref.stream, consumer: ref.consumer }, pick(counts));
    },
  });
}

gauge('trueconfig_jetstream_consumer_pending_messages', 'Messages in the stream not yet delivered to the consumer.', (c) => c.pending);
gauge('trueconfig_jetstream_consumer_ack_pending_messages', 'Messages delivered and not yet acknowledged.', (c) => c.ackPending);
gauge('trueconfig_jetstream_consumer_redelivered_messages', 'Messages delivered more than once and still unacknowledged.', (c) => c.redelivered);
gauge('trueconfig_jetstream_consumer_waiting_pulls', 'Pull requests waiting for messages (idle workers).', (c) => c.waiting);

/** One read of the server per scrape, shared by the four gauges. */
function readShared(): Promise<Reading> {
  const now = Date.now();
  if (!shared || now - shared.at > SHARED_READ_MS) shared = { at: now, reading: readAll() };
  return shared.reading;
}

async function readAll(): Promise<Reading> {
  const readings = await Promise.all([...sources].map(readSource));
  return readings.flat();
}

async function readSource(source: Source): Promise<Reading> {
  if (source.nc.isClosed()) return [];
  try {
    source.jsm ??= await source.nc.jetstreamManager({ timeout: INFO_TIMEOUT_MS });
  } catch {
    return [];
  }
  const jsm = source.jsm;
  const results = await Promise.all(
    source.consumers.map(async (ref): Promise<Reading> => {
      const info = await jsm.consumers.info(ref.stream, ref.consumer).catch(() => undefined);
      if (!info) return [];
      return [[ref, { pending: info.num_pending, ackPending: info.num_ack_pending, redelivered: info.num_redelivered, waiting: info.num_waiting }]];
    }),
  );
  return results.flat();
}
