import { Inject, Injectable } from '@nestjs/common';
import { ConnectionCheckDto, ConnectionCheckKind as Kind, ConnectionCheckStatus as Status, ErrorCode, PermissionCheckDto, purposeOf, remediationFor, RequiredPermissionName } from '@trueconfig/common';
import { GraphAnswer } from '../graph/graph-answer';
import { GraphProber } from '../graph/graph-prober';
import { NON_PREMIUM_CODE, PERMISSION_PROBES } from '../graph/permission-probes';
import { check } from './connection-checks';
import { GraphFindings } from './graph-findings';
import { licenceCheck, readLicenceTier } from './licence.check';
import { readSecretExpiry, SecretExpiryTarget, secretExpiryCheck } from './secret-expiry.check';

const FORBIDDEN = 403;
const TOO_MANY_REQUESTS = 429;

/** One cheap Graph call per granted permission, the licence tier and the secret's expiry, in parallel. */
@Injectable()
export class GraphChecks {
  constructor(@Inject(GraphProber) private readonly graph: GraphProber) {}

  async run(accessToken: string, permissions: readonly PermissionCheckDto[], secret: SecretExpiryTarget): Promise<GraphFindings> {
    const granted = permissions.filter((p) => p.granted).map((p) => p.name as RequiredPermissionName);
    const [answers, licence, expiry] = await Promise.all([
      Promise.all(granted.map((name) => this.graph.get(accessToken, PERMISSION_PROBES[name]))),
      readLicenceTier(this.graph, accessToken),
      readSecretExpiry(this.graph, accessToken, secret),
    ]);
    const all = [...answers, licence.answer, expiry.answer].filter((a): a is GraphAnswer => a !== null);
    return {
      denied: granted.filter((_, i) => isDenied(answers[i])),
      throttled: all.some((a) => !a.ok && a.status === TOO_MANY_REQUESTS),
      reachable: all.length === 0 ? null : all.every((a) => a.ok || a.status !== null),
      licenceTier: licence.tier,
      secretExpiresAt: expiry.expiresAt,
      checks: [...granted.map((name, i) => graphCheck(name, answers[i])), licenceCheck(licence.tier), secretExpiryCheck(expiry, new Date())],
    };
  }
}

function isDenied(answer: GraphAnswer): boolean {
  return !answer.ok && answer.status === FORBIDDEN && answer.code !== NON_PREMIUM_CODE;
}

function graphCheck(name: RequiredPermissionName, answer: GraphAnswer): ConnectionCheckDto {
  const path = PERMISSION_PROBES[name].split('?')[0];
  const target = `${name} GET ${path}`;
  if (answer.ok) return check(Kind.GRAPH, Status.PASSED, `Microsoft Graph answered GET ${path} (${name}).`, { target });
  if (!answer.ok && answer.code === NON_PREMIUM_CODE) {
    return check(Kind.GRAPH, Status.WARNING, `Microsoft Graph answered GET ${path} only for Entra ID P1/P2 tenants: this data is not available.`, { target });
  }
  if (isDenied(answer)) {
    return check(
      Kind.GRAPH,
      Status.FAILED,
      `Microsoft Graph refused GET ${path} (HTTP 403 ${answer.code ?? ''}) although the token lists ${name} (${purposeOf(name)}): grant it again with admin consent.`,
      { target, errorCode: ErrorCode.INSUFFICIENT_PERMISSIONS, remediation: remediationFor(ErrorCode.INSUFFICIENT_PERMISSIONS, [name]) },
    );
  }
  const code = answer.status === TOO_MANY_REQUESTS ? ErrorCode.RATE_LIMITED : ErrorCode.SERVICE_UNAVAILABLE;
  const what = answer.status === null ? 'did not answer' : `answered HTTP ${answer.status}`;
  return check(Kind.GRAPH, Status.FAILED, `Microsoft Graph ${what} on GET ${path}.`, { target, errorCode: code, remediation: remediationFor(code) });
}
