import { AppError, ErrorCode } from '@trueconfig/common';
import { ApiKeyRole } from '../api-key/api-key-role.enum';

export function missingApiKey(): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, 'Authentication required: send an API key as "Authorization: Bearer <key>" (over graphql-ws: connectionParams.authorization).', {
    remediation: ['Create a key with `npm run apikey -- create --org <name> --role <viewer|operator|admin>`.'],
  });
}

export function invalidApiKey(): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, 'The API key is not valid or has been revoked.');
}

export function roleTooLow(held: ApiKeyRole, required: readonly ApiKeyRole[], operation: string): AppError {
  return new AppError(
    ErrorCode.FORBIDDEN,
    `An API key with the role "${held}" may not call ${operation}; it needs the role "${required.join('" or "')}".`,
  );
}
