import { setTimeout as delay } from 'node:timers/promises';
import { controlError } from '../control/control-response';
import { EmulatorState } from '../emulator-state';
import { peekJwtPayload } from '../entra/jwt';
import { faultResponse } from '../faults/fault-response';
import { bearerToken } from '../graph/graph-auth';
import { EmulatorRequest, EmulatorResponse, RouteArea } from './emulator-request';
import { graphError, GRAPH_ERRORS, resourceNotFound } from './graph-error';
import { Router } from './router';

const UNMATCHED = '(unmatched)';

function areaOfPath(path: string): RouteArea {
  return path.toLowerCase().startsWith('/_emulator') ? 'control' : 'graph';
}

/** The tenant a request concerns, before authentication, so that faults can target one tenant. */
function tenantHint(state: EmulatorState, request: EmulatorRequest, area: RouteArea): string | undefined {
  if (area === 'entra') return state.tenants.resolve(request.params.tenant ?? '')?.tenantId;
  const token = area === 'graph' ? bearerToken(request) : undefined;
  const tid = token ? peekJwtPayload(token)?.tid : undefined;
  return typeof tid === 'string' ? tid.toLowerCase() : undefined;
}

async function injectedFault(state: EmulatorState, request: EmulatorRequest, area: RouteArea): Promise<EmulatorResponse | undefined> {
  if (area === 'control') return undefined;
  const hasPageToken = [...request.query.keys()].some((key) => key.toLowerCase() === '$skiptoken');
  const asksForCount = [...request.query.entries()].some(([key, value]) => key.toLowerCase() === '$count' && value.toLowerCase() === 'true');
  const fault = state.faults.take({ method: request.method, path: request.path, tenantId: tenantHint(state, request, area), hasPageToken, asksForCount });
  if (!fault) return undefined;
  if (fault.latencyMs) await delay(fault.latencyMs);
  return faultResponse(fault, request, area);
}

interface Outcome {
  area: RouteArea;
  pattern: string;
  response: EmulatorResponse;
}

async function route(state: EmulatorState, router: Router, request: EmulatorRequest): Promise<Outcome> {
  const match = router.match(request.method, request.path);
  const area = match.kind === 'found' ? match.route.area : areaOfPath(request.path);
  if (match.kind === 'found') request.params = match.params;
  const pattern = match.kind === 'found' ? match.route.pattern : match.kind === 'method-not-allowed' ? match.pattern : UNMATCHED;
  const answer = (response: EmulatorResponse): Outcome => ({ area, pattern, response });
  const faulted = await injectedFault(state, request, area);
  if (faulted) return answer(faulted);
  if (match.kind === 'found') return answer(await match.route.handle(request));
  if (area === 'control') return answer(controlError(404, 'NotFound', `no control route ${request.method} ${request.path}`));
  if (match.kind === 'method-not-allowed') {
    return answer(graphError(request, 405, GRAPH_ERRORS.methodNotAllowed.code, GRAPH_ERRORS.methodNotAllowed.message));
  }
  return answer(resourceNotFound(request));
}

/**
 * Routing, fault injection, the handler, and the request counters. Control-API calls are not
 * counted: the stats describe what Entra and Graph clients did, not how a test set the stage.
 */
export function createPipeline(state: EmulatorState, router: Router) {
  const pipeline = async (request: EmulatorRequest): Promise<EmulatorResponse> => {
    let outcome: Outcome;
    try {
      outcome = await route(state, router, request);
    } catch (error) {
      console.error(`graph-emulator: ${request.method} ${request.path} failed`, error);
      const response = graphError(request, 500, 'generalException', 'General exception while processing.');
      outcome = { area: areaOfPath(request.path), pattern: UNMATCHED, response };
    }
    const status = outcome.response.resetConnection ? 0 : outcome.response.status;
    if (outcome.area !== 'control') state.stats.record(request.method, outcome.pattern, status);
    return outcome.response;
  };
  state.dispatch = pipeline;
  return pipeline;
}
