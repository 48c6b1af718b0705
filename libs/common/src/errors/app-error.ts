import { ErrorCode, isErrorCode } from './error-code.enum';

/** The shape an error has on the wire (NATS replies) and in GraphQL `extensions`. */
export interface AppErrorPayload {
  code: ErrorCode;
  message: string;
  remediation?: string[];
  /** Structured, secret-free context: the field at fault, a connection test, a running scan id… */
  details?: Record<string, unknown>;
}

/**
 * The one error type services throw for expected failures. It crosses NATS intact
 * (see AppErrorRpcFilter) and the gateway maps its code to `extensions.code`.
 */
export class AppError extends Error implements AppErrorPayload {
  readonly code: ErrorCode;
  readonly remediation?: string[];
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, extra: Omit<AppErrorPayload, 'code' | 'message'> = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.remediation = extra.remediation;
    this.details = extra.details;
  }

  toPayload(): AppErrorPayload {
    return { code: this.code, message: this.message, remediation: this.remediation, details: this.details };
  }

  static isPayload(value: unknown): value is AppErrorPayload {
    if (typeof value !== 'object' || value === null) return false;
    const candidate = value as Partial<AppErrorPayload>;
    return isErrorCode(candidate.code) && typeof candidate.message === 'string';
  }

  static fromPayload(payload: AppErrorPayload): AppError {
    return new AppError(payload.code, payload.message, {
      remediation: payload.remediation,
      details: payload.details,
    });
  }
}

export function badInput(field: string, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { details: { field } });
}

export function notFound(what: string, id: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `${what} ${id} was not found.`, { details: { id } });
}
