import { Inject, Injectable, Logger } from '@nestjs/common';
import { contextFromHeaders, natsConsumerSpan, runWithRequestContext, traced } from '@trueconfig/common';
import { JsMsg } from 'nats';
import { SCANNER_CONFIG, ScannerEnv } from '../config/scanner-env.schema';
import { ScanClaimStore } from '../scan/scan-claim.store';
import { ScanExecutor } from '../scan-run/scan-executor';
import { ScanJob } from '../scan-run/scan-job';
import { messageAgeMs, parseScanJob } from './scan-job.message';

/** A scan whose workers all died this many times is failed rather than tried forever. */
export const MAX_SCAN_ATTEMPTS = 5;
/** A job can arrive before the transaction that created its scan commits: it is retried this long. */
const MISSING_SCAN_GRACE_MS = 60_000;
const RETRY_AFTER_ERROR_MS = 5_000;

/**
 * One job message: claim the scan, run it while telling JetStream the job is in progress, ack only once
 * the scan has ended and its results are stored. Redeliveries of a finished scan are acked and ignored.
 * It runs under the correlation id and trace of the request that queued the job, in a span of its own.
 */
@Injectable()
export class ScanJobHandler {
  private readonly logger = new Logger(ScanJobHandler.name);

  constructor(
    @Inject(SCANNER_CONFIG) private readonly config: ScannerEnv,
    private readonly claims: ScanClaimStore,
    private readonly executor: ScanExecutor,
  ) {}

  handle(msg: JsMsg): Promise<void> {
    const job = parseScanJob(msg);
    return runWithRequestContext(contextFromHeaders(msg.headers), () => traced(scanJobSpan(msg, job), () => this.process(msg, job)));
  }

  private async process(msg: JsMsg, job: ScanJob | null): Promise<void> {
    if (!job) {
      this.logger.error({ msg: 'not a scan job: terminated', seq: msg.seq });
      return msg.term('not a scan job');
    }
    try {
      const claim = await this.claims.claim(job.scanId, MAX_SCAN_ATTEMPTS);
      if (claim.kind === 'missing') return this.onMissing(msg, job.scanId);
      if (claim.kind === 'wait') return msg.nak(this.config.SCAN_QUEUE_RETRY_MS);
      if (claim.kind === 'ignore') {
        this.logger.log({ msg: `scan job acked without running: ${claim.reason}`, scanId: job.scanId, redelivered: msg.redelivered });
        return await this.ack(msg);
      }
      await this.whileWorking(msg, () => this.executor.run(job, claim.scan.attempts));
      await this.ack(msg);
    } catch (error) {
      this.logger.error({ msg: 'scan job failed; it will be redelivered', scanId: job.scanId, error: String(error) });
      msg.nak(RETRY_AFTER_ERROR_MS);
    }
  }

  /** Heartbeats (`+WPI`) at a third of the ack wait, so a long scan keeps its job and a dead worker loses it. */
  private async whileWorking(msg: JsMsg, work: () => Promise<void>): Promise<void> {
    const timer = setInterval(() => msg.working(), Math.max(500, (this.config.SCAN_ACK_WAIT_SECONDS * 1000) / 3));
    try {
      await work();
    } finally {
      clearInterval(timer);
    }
  }

  private async onMissing(msg: JsMsg, scanId: string): Promise<void> {
    if (messageAgeMs(msg) < MISSING_SCAN_GRACE_MS) return msg.nak(1000);
    this.logger.warn({ msg: 'scan job for a scan that was never stored: dropped', scanId });
    await this.ack(msg);
  }

  private async ack(msg: JsMsg): Promise<void> {
    await msg.ackAck().catch((error: unknown) => this.logger.warn({ msg: 'ack not confirmed; a redelivery will be ignored', error: String(error) }));
  }
}

function scanJobSpan(msg: JsMsg, job: ScanJob | null) {
  return natsConsumerSpan('scan job', msg.subject, msg.headers, {
    'trueconfig.scan.id': job?.scanId ?? '',
    'trueconfig.tenant.id': job?.tenantId ?? '',
    'trueconfig.scan.trigger': job?.trigger ?? '',
    'messaging.message.redelivered': msg.redelivered,
  });
}
