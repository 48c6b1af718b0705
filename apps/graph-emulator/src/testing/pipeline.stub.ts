import { controlRoutes } from '../control/control-routes';
import { EmulatorState } from '../emulator-state';
import { issueAccessToken } from '../entra/access-token';
import { entraRoutes } from '../entra/entra-routes';
import { graphRoutes } from '../graph/graph-routes';
import { EmulatorRequest, EmulatorResponse } from '../http/emulator-request';
import { createPipeline } from '../http/request-pipeline';
import { Router } from '../http/router';
import { AppInput } from '../tenants/app-input.schema';
import { TenantInput } from '../tenants/tenant-input.schema';
import { stubRequest } from './request.stub';

/** The whole request pipeline without sockets or TLS, for unit specs; not part of the build. */
export function stubEmulator(tenantInput: TenantInput = { generate: { users: 250, seed: 1 } }, options: { throttleScale?: number } = {}) {
  // Specs that are not about throttling should not trip over it: generous limits unless asked.
  const state = new EmulatorState(options.throttleScale ?? 1000);
  const pipeline = createPipeline(state, new Router([...controlRoutes(state), ...graphRoutes(state), ...entraRoutes(state)]));
  const tenant = state.tenants.create(tenantInput);
  const tokenFor = (app: AppInput, now = new Date()) => issueAccessToken(state.signingKey, tenant, state.tenants.addApp(tenant, app).app, now);
  const send = (request: Partial<EmulatorRequest>): Promise<EmulatorResponse> => {
    const url = new URL(request.path ?? '/', 'https://127.0.0.1:4443');
    return pipeline(stubRequest({ receivedAt: new Date(), ...request, path: url.pathname, query: url.searchParams }));
  };
  const get = (pathAndQuery: string, token?: string, headers: Record<string, string> = {}) =>
    send({ path: pathAndQuery, headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  return { state, tenant, tokenFor, send, get };
}
