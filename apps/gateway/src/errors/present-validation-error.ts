import { ErrorCode } from '@trueconfig/common';
import { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { PresentedError } from './presented-error';

export interface FieldProblem {
  field: string;
  messages: string[];
}

/**
 * class-validator's errors name the field and the rule; their `value` and `target` (which may hold a
 * client secret) are dropped.
 */
export function presentValidationError(error: ArgumentValidationError): PresentedError {
  const fields = fieldProblems(error.extensions.validationErrors);
  const summary = fields.map((f) => f.messages.join('; ')).join('; ');
  return {
    message: summary ? `Invalid input: ${summary}.` : 'Invalid input.',
    extensions: { code: ErrorCode.BAD_USER_INPUT, details: { field: fields[0]?.field ?? null, fields } },
  };
}

function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}
