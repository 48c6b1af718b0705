import { AppError, ErrorCode } from '@trueconfig/common';
import { GraphQLResolveInfo } from 'graphql';
import { ResolverData } from 'type-graphql';
import { ApiKeyRole, roleSatisfies } from '../api-key/api-key-role.enum';
import { GatewayContext } from '../graphql/gateway-context';
import { gatewayAuthChecker } from './auth-checker';
import { invalidApiKey, missingApiKey } from './auth.errors';
import { bearerToken } from './bearer-token';
import { Authentication } from './principal';

const info = { fieldName: 'connectTenant', parentType: { name: 'Mutation' } } as unknown as GraphQLResolveInfo;

function check(auth: Authentication, required: ApiKeyRole[]): boolean {
  const data = { root: undefined, args: {}, info, context: { auth } as GatewayContext } as ResolverData<GatewayContext>;
  return gatewayAuthChecker(data, required) as boolean;
}

const as = (role: ApiKeyRole): Authentication => ({ principal: { keyId: 'k', orgId: 'o', role } });

function codeOf(run: () => unknown): ErrorCode | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : undefined;
  }
}

describe('roles', () => {
  const { VIEWER, OPERATOR, ADMIN } = ApiKeyRole;

  it.each([
    // held, required, allowed
    [VIEWER, VIEWER, true],
    [VIEWER, OPERATOR, false],
    [VIEWER, ADMIN, false],
    [OPERATOR, VIEWER, true],
    [OPERATOR, OPERATOR, true],
    [OPERATOR, ADMIN, false],
    [ADMIN, VIEWER, true],
    [ADMIN, OPERATOR, true],
    [ADMIN, ADMIN, true],
  ])('a %s key on a %s operation: allowed=%s', (held, required, allowed) => {
    expect(roleSatisfies(held, required)).toBe(allowed);
    expect(codeOf(() => check(as(held), [required]))).toBe(allowed ? undefined : ErrorCode.FORBIDDEN);
  });

  it('names the operation and the role needed when it refuses', () => {
    expect(() => check(as(VIEWER), [ADMIN])).toThrow('An API key with the role "viewer" may not call Mutation.connectTenant; it needs the role "admin".');
  });

  it('refuses a request without a valid key with UNAUTHENTICATED, whatever the role', () => {
    expect(codeOf(() => check({ principal: null, failure: missingApiKey() }, [VIEWER]))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(codeOf(() => check({ principal: null, failure: invalidApiKey() }, []))).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

describe('bearerToken', () => {
  it('reads the token of a Bearer authorization value only', () => {
    expect(bearerToken('Bearer tc_abc_def')).toBe('tc_abc_def');
    expect(bearerToken('bearer   tc_abc_def ')).toBe('tc_abc_def');
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeNull();
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
