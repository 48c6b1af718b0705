import { Attributes, Context, context, isSpanContextValid, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { outcomeOf } from '../metrics/outcome-of';
import { currentRequestContext, newRequestContext, runWithRequestContext } from './request-context';

export const TRACER_NAME = '@trueconfig/common';
/** How the work ended: `ok`, an ErrorCode, or `error` (the same closed list the metrics use). */
export const ATTR_OUTCOME = 'trueconfig.outcome';

/** Spans already given a failed outcome from outside (e.g. a GraphQL answer carrying errors). */
const failedSpans = new WeakSet<Span>();

/** Marks a span failed with an outcome (an ErrorCode) when the failure is not an exception, e.g. errors in a 200 answer. */
export function markSpanFailed(span: Span, outcome: string): void {
  failedSpans.add(span);
  span.setAttribute(ATTR_OUTCOME, outcome);
  span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
}

export interface SpanStart {
  name: string;
  kind: SpanKind;
  attributes?: Attributes;
  /** The parent: by default the active span (none: a new trace). */
  parent?: Context;
}

/**
 * One traced piece of work: an OpenTelemetry span that is the active span for whatever `run` runs,
 * with the log context's traceId and spanId set to the span's, so log lines and traces match. With
 * tracing off the span is the API's no-op one and the log context is left as it was.
 */
export class TracedWork {
  readonly span: Span;
  private readonly active: Context;
  private ended = false;

  constructor(start: SpanStart) {
    const parent = start.parent ?? context.active();
    this.span = trace.getTracer(TRACER_NAME).startSpan(start.name, { kind: start.kind, attributes: start.attributes }, parent);
    this.active = trace.setSpan(parent, this.span);
  }

  run<T>(work: () => T): T {
    const ids = this.span.spanContext();
    if (!isSpanContextValid(ids)) return work();
    const logContext = { ...(currentRequestContext() ?? newRequestContext()), traceId: ids.traceId, spanId: ids.spanId };
    return runWithRequestContext(logContext, () => context.with(this.active, work));
  }

  /** Ends the span once, with its outcome; a failure's message stays out of the span (it may carry internals). */
  end(error?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    if (error !== undefined) markSpanFailed(this.span, outcomeOf(error));
    else if (!failedSpans.has(this.span)) this.span.setAttribute(ATTR_OUTCOME, 'ok');
    this.span.end();
  }
}

/** Runs async work in a span that ends when the work settles. */
export async function traced<T>(start: SpanStart, work: (span: Span) => Promise<T>): Promise<T> {
  const tracedWork = new TracedWork(start);
  try {
    const result = await tracedWork.run(() => work(tracedWork.span));
    tracedWork.end();
    return result;
  } catch (error) {
    tracedWork.end(error);
    throw error;
  }
}
