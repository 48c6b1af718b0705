import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { NATS_CONNECTION, outgoingTraceHeaders } from '@trueconfig/common';
import { JetStreamClient, NatsConnection, StringCodec } from 'nats';
import { SCANNER_CONFIG, ScannerEnv } from '../config/scanner-env.schema';
import { ScanJob } from '../scan-run/scan-job';
import { ScanRunner } from '../scan-run/scan-runner';
import { ensureScanJobQueue, SCAN_JOB_SUBJECT } from './scan-jobs.stream';

const codec = StringCodec();

/**
 * Puts a scan on the durable work queue and resolves once JetStream has stored it. The scan id is the
 * message id, so a retried submit is stored once. The job carries the request's trace headers, so
 * its run continues the trace (and the correlation id) of the request that asked for it.
 */
@Injectable()
export class JetStreamScanRunner extends ScanRunner implements OnModuleInit {
  private js!: JetStreamClient;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(SCANNER_CONFIG) private readonly config: ScannerEnv,
  ) {
    super();
  }

  async onModuleInit(): Promise<void> {
    await ensureScanJobQueue(this.nc, this.config.SCAN_ACK_WAIT_SECONDS * 1000, this.config.SCANNER_CONCURRENCY);
    this.js = this.nc.jetstream();
  }

  async submit(job: ScanJob): Promise<void> {
    await this.js.publish(SCAN_JOB_SUBJECT, codec.encode(JSON.stringify(job)), { msgID: job.scanId, headers: outgoingTraceHeaders() });
  }
}
