import { getNamedType, isEnumType } from 'graphql';
import { schema } from './schema-operations';

const errorCodeType = getNamedType(schema.getType('ErrorCode') ?? undefined);
/** The closed list from schema.graphql; INTERNAL is left out on purpose: garbage must never reach an unexpected path. */
export const ACCEPTED_CODES = new Set(
  isEnumType(errorCodeType) ? errorCodeType.getValues().map((v) => v.name).filter((c) => c !== 'INTERNAL') : [],
);

/** What must never reach a client: stack frames and the names of internals. */
const INTERNAL_SIGNS: RegExp[] = [
  /\n\s+at /, /\bat [\w.<>]+ \(/, /[\w/-]+\.(ts|js):\d+/, /node_modules/,
  /TypeError|ReferenceError|RangeError|SyntaxError\b|QueryFailedError|EntityNotFound|ECONNREFUSED|ETIMEDOUT|NatsError|TypeORM/,
  /invalid input syntax for type|violates .* constraint|duplicate key|relation ".*" does not exist/,
];

export interface Answer {
  status: number;
  text: string;
}

/** Null when the answer is acceptable; otherwise why not. */
export function problemWith(answer: Answer): string | null {
  if (answer.status >= 500) return `HTTP ${answer.status}`;
  const sign = INTERNAL_SIGNS.find((pattern) => pattern.test(answer.text));
  if (sign) return `internal detail ${sign}`;
  let body: { data?: unknown; errors?: Array<{ extensions?: { code?: unknown } }> };
  try {
    body = JSON.parse(answer.text) as typeof body;
  } catch {
    return `HTTP ${answer.status} without a JSON body`;
  }
  const errors = body?.errors ?? [];
  if (answer.status >= 400 && errors.length === 0) return `HTTP ${answer.status} without a coded error`;
  const uncoded = errors.find((e) => !ACCEPTED_CODES.has(String(e.extensions?.code)));
  if (uncoded) return `error code ${String(uncoded.extensions?.code)}`;
  if (errors.length === 0 && body?.data === undefined) return 'neither data nor errors';
  return null;
}

export function codesIn(text: string): string[] {
  try {
    const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
    return (body.errors ?? []).map((e) => String(e.extensions?.code));
  } catch {
    return [];
  }
}
