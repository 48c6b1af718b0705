import { AuthCheckerFn } from 'type-graphql';
import { ApiKeyRole, roleSatisfies } from '../api-key/api-key-role.enum';
import { GatewayContext } from '../graphql/gateway-context';
import { roleTooLow } from './auth.errors';
import { requirePrincipal } from './require-principal';

/**
 * type-graphql's hook for `@Authorized(role)`: Nest guards do not run on these resolvers. The listed
 * role is a minimum (an admin may do what an operator may). It throws so clients get our own codes.
 */
export const gatewayAuthChecker: AuthCheckerFn<GatewayContext, ApiKeyRole> = ({ context, info }, roles) => {
  const principal = requirePrincipal(context);
  if (roles.length === 0 || roles.some((role) => roleSatisfies(principal.role, role))) return true;
  throw roleTooLow(principal.role, roles, `${info.parentType.name}.${info.fieldName}`);
};
