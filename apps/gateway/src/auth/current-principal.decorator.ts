import { createParameterDecorator } from 'type-graphql';
import { GatewayContext } from '../graphql/gateway-context';
import { requirePrincipal } from './require-principal';

/** The calling API key's principal; resolvers using it are `@Authorized`, so it is always there. */
export function CurrentPrincipal() {
  return createParameterDecorator<GatewayContext>(({ context }) => requirePrincipal(context));
}
