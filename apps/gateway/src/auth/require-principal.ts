import { GatewayContext } from '../graphql/gateway-context';
import { Principal } from './principal';

/** The caller, or the reason the request carries none (missing or invalid key) as UNAUTHENTICATED. */
export function requirePrincipal(context: Pick<GatewayContext, 'auth'>): Principal {
  if (context.auth.principal) return context.auth.principal;
  throw context.auth.failure;
}
