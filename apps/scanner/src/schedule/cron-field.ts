export interface CronFieldSpec {
  name: string;
  min: number;
  max: number;
  /** Names accepted for values (case-insensitive), e.g. JAN → 1; index + `namesFrom` is the value. */
  names?: readonly string[];
  namesFrom?: number;
  example: string;
}

export const CRON_FIELDS: readonly CronFieldSpec[] = [
  { name: 'minute', min: 0, max: 59, example: '0, 15, 0-30/10' },
  { name: 'hour', min: 0, max: 23, example: '3, 1-5, */6' },
  { name: 'day-of-month', min: 1, max: 31, example: '1, 1-15, */2' },
  { name: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'], namesFrom: 1, example: '1, JAN-MAR, */3' },
  { name: 'day-of-week', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], namesFrom: 0, example: '1-5, MON-FRI, 0 (Sunday; 7 too)' },
];

/** Why one cron field was refused, in words meant for the user. */
export class CronFieldError extends Error {}

/**
 * The values one standard cron field stands for: `*`, `n`, `a-b`, each optionally with `/step`, joined
 * by commas. Vendor extensions (`?`, `L`, `W`, `#`, `H`) are refused so the schedule means the same
 * thing to every cron the user knows.
 */
export function parseCronField(text: string, spec: CronFieldSpec): number[] {
  const values = new Set<number>();
  for (const item of text.split(',')) {
    if (item === '') throw new CronFieldError('it has an empty list item (two commas, or a comma at an end)');
    for (const value of expandItem(item, spec)) values.add(value);
  }
  return [...values].sort((a, b) => a - b);
}

function expandItem(item: string, spec: CronFieldSpec): number[] {
  const [range, stepText, extra] = item.split('/');
  if (extra !== undefined) throw new CronFieldError(`"${item}" has more than one "/"`);
  const step = stepText === undefined ? 1 : parseNumber(stepText, 'step');
  if (step < 1) throw new CronFieldError(`the step in "${item}" must be at least 1`);
  const [from, to] = boundsOf(range, spec, stepText !== undefined);
  if (from > to) throw new CronFieldError(`the range "${range}" runs backwards; write the smaller value first`);
  const values: number[] = [];
  for (let value = from; value <= to; value += step) values.push(value);
  return values;
}

function boundsOf(range: string, spec: CronFieldSpec, stepped: boolean): [number, number] {
  if (range === '*') return [spec.min, spec.max];
  const [fromText, toText, extra] = range.split('-');
  if (extra !== undefined) throw new CronFieldError(`"${range}" has more than one "-"`);
  const from = valueOf(fromText, spec);
  // "5/15" is read as "5-max/15", as Vixie cron and cron-parser do.
  const to = toText === undefined ? (stepped ? spec.max : from) : valueOf(toText, spec);
  return [from, to];
}

function valueOf(text: string, spec: CronFieldSpec): number {
  const named = spec.names?.indexOf(text.toUpperCase()) ?? -1;
  const value = named >= 0 ? named + (spec.namesFrom ?? 0) : parseNumber(text, 'value');
  if (value < spec.min || value > spec.max) throw new CronFieldError(`${value} is out of range; use ${spec.min}-${spec.max}`);
  return value;
}

function parseNumber(text: string, what: 'value' | 'step'): number {
  if (!/^\d+$/.test(text)) throw new CronFieldError(`"${text}" is not a ${what === 'step' ? 'step (a whole number)' : 'number or name this field accepts'}`);
  return Number(text);
}
