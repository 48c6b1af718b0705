import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { NatsContext } from '@nestjs/microservices';
import { Observable } from 'rxjs';
import { inFlightWork } from '../bootstrap/in-flight-work';
import { contextFromHeaders } from '../tracing/nats-trace-headers';
import { natsHandlerSpan } from '../tracing/nats-spans';
import { runWithRequestContext } from '../tracing/request-context';
import { TracedWork } from '../tracing/traced-work';
import { recordNatsHandledMessage } from './nats.metrics';
import { outcomeOf } from './outcome-of';

/**
 * Around every NATS message handler: runs it in the caller's request context (correlation id and trace
 * from the message headers, so its log lines carry them) and in an OpenTelemetry server span whose
 * parent is the caller's span, counts it as in-flight work for shutdown, and records its rate and
 * latency by subject and outcome. HTTP requests pass straight through.
 */
@Injectable()
export class NatsHandlerInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Nats');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const nats = context.switchToRpc().getContext<NatsContext>();
    const subject = nats.getSubject();
    const requestContext = contextFromHeaders(nats.getHeaders());
    return new Observable((subscriber) =>
      runWithRequestContext(requestContext, () => {
        const span = new TracedWork(natsHandlerSpan(subject, nats.getHeaders()));
        const end = inFlightWork.begin();
        const started = process.hrtime.bigint();
        const finish = (error?: unknown) => {
          end();
          span.end(error);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const outcome = outcomeOf(error);
          recordNatsHandledMessage(subject, outcome, seconds);
          this.logger.debug({ msg: `handled ${subject}`, subject, outcome, durationMs: Math.round(seconds * 1000) });
        };
        // Subscribing runs the handler: inside the span, so what it logs and sends carries it.
        const subscription = span.run(() =>
          next.handle().subscribe({
            next: (value) => subscriber.next(value),
            error: (error: unknown) => (finish(error), subscriber.error(error)),
            complete: () => (finish(), subscriber.complete()),
          }),
        );
        return () => {
          subscription.unsubscribe();
          end();
          span.end();
        };
      }),
    );
  }
}
