import { AppErrorPayload } from '@trueconfig/common';
import { ERROR_TABLE } from './error-table';
import { GatewayErrorExtensions, INTERNAL_MESSAGE, PresentedError } from './presented-error';

/** What a client sees of a service's AppError: the code, the remediation and only safe details. */
export function presentAppError(error: AppErrorPayload): PresentedError {
  const rule = ERROR_TABLE[error.code];
  const extensions: GatewayErrorExtensions = { code: error.code };
  if (rule.exposeMessage && error.remediation?.length) extensions.remediation = [...error.remediation];
  const details = pickDetails(error.details, rule.detailKeys);
  if (details) extensions.details = details;
  if (typeof details?.retryAfterSeconds === 'number') extensions.retryAfterSeconds = details.retryAfterSeconds;
  return { message: rule.exposeMessage ? error.message : INTERNAL_MESSAGE, extensions };
}

function pickDetails(details: Record<string, unknown> | undefined, keys: readonly string[]) {
  if (!details) return undefined;
  const picked = Object.fromEntries(keys.filter((key) => details[key] !== undefined).map((key) => [key, details[key]]));
  return Object.keys(picked).length > 0 ? picked : undefined;
}
