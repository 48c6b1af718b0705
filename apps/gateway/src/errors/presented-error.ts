import { ErrorCode } from '@trueconfig/common';

export interface GatewayErrorExtensions {
  code: ErrorCode;
  remediation?: string[];
  details?: Record<string, unknown>;
  /** RATE_LIMITED: when to try again. */
  retryAfterSeconds?: number;
  /** Set on INTERNAL errors: the id under which the gateway logged what happened. */
  errorId?: string;
}

export interface PresentedError {
  message: string;
  extensions: GatewayErrorExtensions;
}

export const INTERNAL_MESSAGE = 'An internal error occurred.';
