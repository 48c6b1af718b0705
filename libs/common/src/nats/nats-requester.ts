import { Inject, Injectable } from '@nestjs/common';
import { ClientProxy } from '@nestjs/microservices';
import { firstValueFrom, timeout } from 'rxjs';
import { ReplyOf, RequestOf } from '../contracts/request-map';
import { Subject } from '../contracts/subject.enum';
import { MESSAGING_OPTIONS, MessagingOptions, NATS_CLIENT_PROXY } from './nats.tokens';
import { toRequestError } from './to-request-error';

/**
 * Typed request/reply over NATS. Every request has a timeout (ClientProxy.send has none of its own),
 * and a missing or silent responder becomes SERVICE_UNAVAILABLE, never a hang.
 */
@Injectable()
export class NatsRequester {
  constructor(
    @Inject(NATS_CLIENT_PROXY) private readonly client: ClientProxy,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async request<S extends Subject>(subject: S, payload: RequestOf<S>, timeoutMs?: number): Promise<ReplyOf<S>> {
    const limit = timeoutMs ?? this.options.requestTimeoutMs;
    try {
      return await firstValueFrom(this.client.send<ReplyOf<S>, RequestOf<S>>(subject, payload).pipe(timeout(limit)));
    } catch (error) {
      throw toRequestError(error, subject, limit);
    }
  }
}
