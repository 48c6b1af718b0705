import { Inject, Injectable } from '@nestjs/common';
import { ClientProxy, NatsRecordBuilder } from '@nestjs/microservices';
import { firstValueFrom, timeout } from 'rxjs';
import { ReplyOf, RequestOf } from '../contracts/request-map';
import { Subject } from '../contracts/subject.enum';
import { MESSAGING_OPTIONS, MessagingOptions, NATS_CLIENT_PROXY } from './nats.tokens';
import { recordNatsClientRequest } from '../metrics/nats.metrics';
import { outcomeOf } from '../metrics/outcome-of';
import { natsRequestSpan } from '../tracing/nats-spans';
import { outgoingTraceHeaders } from '../tracing/nats-trace-headers';
import { traced } from '../tracing/traced-work';
import { toRequestError } from './to-request-error';

/**
 * Typed request/reply over NATS. Every request has a timeout (ClientProxy.send has none of its own),
 * and a missing or silent responder becomes SERVICE_UNAVAILABLE, never a hang. Each request carries the
 * current correlation id and trace context in its headers (a client span of its own when tracing is
 * on) and is counted by subject and outcome.
 */
@Injectable()
export class NatsRequester {
  constructor(
    @Inject(NATS_CLIENT_PROXY) private readonly client: ClientProxy,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  request<S extends Subject>(subject: S, payload: RequestOf<S>, timeoutMs?: number): Promise<ReplyOf<S>> {
    return traced(natsRequestSpan(subject), () => this.send(subject, payload, timeoutMs));
  }

  private async send<S extends Subject>(subject: S, payload: RequestOf<S>, timeoutMs?: number): Promise<ReplyOf<S>> {
    const limit = timeoutMs ?? this.options.requestTimeoutMs;
    const record = new NatsRecordBuilder(payload).setHeaders(outgoingTraceHeaders()).build();
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const reply = await firstValueFrom(this.client.send<ReplyOf<S>>(subject, record).pipe(timeout(limit)));
      recordNatsClientRequest(subject, 'ok', elapsed());
      return reply;
    } catch (error) {
      const failure = toRequestError(error, subject, limit);
      recordNatsClientRequest(subject, outcomeOf(failure), elapsed());
      throw failure;
    }
  }
}
