import { Logger } from '@nestjs/common';
import { AppError, ErrorCode, isDatabaseUnavailable } from '@trueconfig/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { ArgumentValidationError } from 'type-graphql';
import { REQUEST_ERROR_CODES } from './error-table';
import { presentAppError } from './present-app-error';
import { presentValidationError } from './present-validation-error';
import { INTERNAL_MESSAGE, PresentedError } from './presented-error';

const logger = new Logger('GraphQLError');

/**
 * Every error a client receives, over HTTP (Apollo's formatError) and graphql-ws, goes through here.
 * `codelessAs` decides what an error graphql-js raised without a code means: BAD_USER_INPUT before
 * execution (validation), INTERNAL during it.
 */
export function formatGatewayError(error: unknown, codelessAs: ErrorCode = ErrorCode.INTERNAL): GraphQLFormattedError {
  const presented = present(error, codelessAs);
  const formatted: { -readonly [K in keyof GraphQLFormattedError]: GraphQLFormattedError[K] } = { message: presented.message };
  if (error instanceof GraphQLError && error.locations) formatted.locations = error.locations;
  if (error instanceof GraphQLError && error.path) formatted.path = error.path;
  formatted.extensions = { ...presented.extensions };
  return formatted;
}

function present(error: unknown, codelessAs: ErrorCode): PresentedError {
  const cause = rootCause(error);
  if (cause instanceof ArgumentValidationError) return presentValidationError(cause);
  if (cause instanceof AppError || AppError.isPayload(cause)) return logged(presentAppError(cause), cause);
  if (isDatabaseUnavailable(cause)) {
    return logged({ message: 'The database is not available; try again shortly.', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }, cause);
  }
  const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
  const requestError = typeof code === 'string' ? REQUEST_ERROR_CODES.has(code) : codelessAs === ErrorCode.BAD_USER_INPUT;
  if (requestError && error instanceof GraphQLError) {
    return { message: error.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  return internal(cause);
}

function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

function logged(presented: PresentedError, cause: unknown): PresentedError {
  if (presented.extensions.code === ErrorCode.INTERNAL) {
    const { extensions } = internal(cause);
    return { ...presented, message: `${presented.message} Quote error id ${extensions.errorId} to support.`, extensions: { ...presented.extensions, ...extensions } };
  }
  if (presented.extensions.code === ErrorCode.SERVICE_UNAVAILABLE) logger.warn(presented.message);
  return presented;
}

function internal(cause: unknown): PresentedError {
  const errorId = randomUUID();
  const detail = cause instanceof Error ? (cause.stack ?? cause.message) : JSON.stringify(cause);
  logger.error(`internal error ${errorId}: ${detail}`);
  return { message: `${INTERNAL_MESSAGE} Quote error id ${errorId} to support.`, extensions: { code: ErrorCode.INTERNAL, errorId } };
}
