import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { NATS_CONNECTION } from '@trueconfig/common';
import { Consumer, JsMsg, NatsConnection } from 'nats';
import { SCANNER_CONFIG, ScannerEnv } from '../config/scanner-env.schema';
import { PostScanLoads } from '../delta/post-scan-loads';
import { ScanJobHandler } from './scan-job.handler';
import { SCAN_CONSUMER, SCAN_STREAM } from './scan-jobs.stream';

const PULL_EXPIRES_MS = 2_000;
const SHUTDOWN_GRACE_MS = 10_000;
/** Within the pod's 35 s: a 100k-user replica loads in ~2 s, a 1M one may not (the next scan then loads it). */
const LOADS_GRACE_MS = 15_000;

/**
 * SCANNER_CONCURRENCY lanes, each pulling one job at a time from the shared durable consumer. On
 * shutdown it stops pulling, lets running scans finish for a grace period, then hands the rest back
 * (nak) so another replica takes them over at once instead of after the ack wait, and gives the finished
 * scans' replica loads a grace period of their own.
 */
@Injectable()
export class ScanJobWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ScanJobWorker.name);
  private readonly inFlight = new Map<JsMsg, Promise<void>>();
  private lanes: Promise<void>[] = [];
  private stopping = false;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(SCANNER_CONFIG) private readonly config: ScannerEnv,
    private readonly handler: ScanJobHandler,
    private readonly postScanLoads: PostScanLoads,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const consumer = await this.nc.jetstream().consumers.get(SCAN_STREAM, SCAN_CONSUMER);
    this.lanes = Array.from({ length: this.config.SCANNER_CONCURRENCY }, () => this.lane(consumer));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await withTimeout(Promise.allSettled([...this.lanes]), SHUTDOWN_GRACE_MS);
    for (const msg of this.inFlight.keys()) msg.nak();
    if (!(await this.postScanLoads.settled(LOADS_GRACE_MS))) this.logger.warn({ msg: 'replica loads still running at shutdown; the next scan of each tenant finishes them' });
  }

  private async lane(consumer: Consumer): Promise<void> {
    while (!this.stopping) {
      const msg = await consumer.next({ expires: PULL_EXPIRES_MS }).catch((error: unknown) => {
        this.logger.warn({ msg: 'pulling scan jobs failed', error: String(error) });
        return new Promise<null>((resolve) => setTimeout(() => resolve(null), 1000));
      });
      if (!msg) continue;
      if (this.stopping) return msg.nak();
      const run = this.handler.handle(msg);
      this.inFlight.set(msg, run);
      await run.finally(() => this.inFlight.delete(msg));
    }
  }
}

function withTimeout(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([work.then(() => undefined), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]).finally(() => clearTimeout(timer));
}
