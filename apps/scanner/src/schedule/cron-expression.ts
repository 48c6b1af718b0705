import { AppError, badInput, ErrorCode } from '@trueconfig/common';
import { CRON_FIELDS, CronFieldError, parseCronField } from './cron-field';

export const MAX_CRON_LENGTH = 100;

export interface CronExpression {
  /** The five fields joined by single spaces, as stored and shown back. */
  text: string;
  minutes: number[];
  hours: number[];
}

const FIVE_FIELDS = 'minute hour day-of-month month day-of-week, e.g. "0 3 * * *" for 03:00 every day';

/** A standard five-field cron, or BAD_USER_INPUT on `cron` naming the field that is wrong and why. */
export function parseCronExpression(input: unknown): CronExpression {
  if (typeof input !== 'string' || input.length > MAX_CRON_LENGTH) {
    throw badInput('cron', `cron must be text of at most ${MAX_CRON_LENGTH} characters: five fields, ${FIVE_FIELDS}.`);
  }
  const fields = input.trim().split(/\s+/).filter((field) => field !== '');
  if (fields.length !== CRON_FIELDS.length) {
    const seconds = fields.length === 6 ? ' A seconds field is not supported.' : '';
    throw badInput('cron', `cron must have 5 fields (${FIVE_FIELDS}); "${input}" has ${fields.length}.${seconds}`);
  }
  const values = fields.map((field, index) => fieldValues(field, index));
  return { text: fields.join(' '), minutes: values[0], hours: values[1] };
}

function fieldValues(field: string, index: number): number[] {
  const spec = CRON_FIELDS[index];
  try {
    return parseCronField(field, spec);
  } catch (error) {
    if (!(error instanceof CronFieldError)) throw error;
    const message = `cron ${spec.name} field (field ${index + 1} of 5) "${field}" is invalid: ${error.message}. Examples: ${spec.example}.`;
    throw new AppError(ErrorCode.BAD_USER_INPUT, message, { details: { field: 'cron', cronField: spec.name } });
  }
}
