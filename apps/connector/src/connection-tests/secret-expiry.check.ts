import { ConnectionCheckDto, ConnectionCheckKind as Kind, ConnectionCheckStatus as Status, ErrorCode, remediationFor, TROUBLESHOOTING_PAGE } from '@trueconfig/common';
import { GraphAnswer } from '../graph/graph-answer';
import { GraphProber } from '../graph/graph-prober';
import { secretExpiryOf } from '../graph/secret-expiry';
import { check } from './connection-checks';

const DAY_MS = 86_400_000;
const WARN_DAYS = 30;

/** Whose secret: the customer's app (read its passwordCredentials) or TrueConfig's own (not checked here). */
export interface SecretExpiryTarget {
  clientId: string;
  /** The first three characters of the secret (Entra's hint); null when the secret is not the customer's. */
  secretPrefix: string | null;
}

export interface SecretExpiryReading {
  answer: GraphAnswer | null;
  expiresAt: Date | null;
}

export async function readSecretExpiry(graph: GraphProber, accessToken: string, target: SecretExpiryTarget): Promise<SecretExpiryReading> {
  if (target.secretPrefix === null) return { answer: null, expiresAt: null };
  const filter = encodeURIComponent(`appId eq '${target.clientId}'`);
  let answer = await graph.get(accessToken, `/applications?$filter=${filter}&$select=appId,passwordCredentials`);
  // Some directories (and the emulator) refuse the filter: read the list instead.
  if (!answer.ok && answer.status === 400) answer = await graph.get(accessToken, '/applications?$select=appId,passwordCredentials&$top=999');
  return { answer, expiresAt: answer.ok ? secretExpiryOf(answer.body, target.clientId, target.secretPrefix) : null };
}

export function secretExpiryCheck(reading: SecretExpiryReading, now: Date): ConnectionCheckDto {
  if (reading.answer === null) return check(Kind.SECRET_EXPIRY, Status.SKIPPED, "TrueConfig's own app secret is managed by TrueConfig.");
  const { expiresAt } = reading;
  if (!expiresAt) {
    return check(
      Kind.SECRET_EXPIRY,
      Status.UNKNOWN,
      "The client secret's expiry date is unknown: reading the app registration's passwordCredentials needs Application.Read.All (or Directory.Read.All), or the secret was not found. Check it in Certificates & secrets.",
      { remediation: [...TROUBLESHOOTING_PAGE.invalidCredentials.checkSecretExpiration, TROUBLESHOOTING_PAGE.invalidCredentials.secretSecurity] },
    );
  }
  const days = Math.floor((expiresAt.getTime() - now.getTime()) / DAY_MS);
  const target = expiresAt.toISOString();
  if (days < 0) {
    return check(Kind.SECRET_EXPIRY, Status.FAILED, `The client secret expired on ${target}.`, { target, errorCode: ErrorCode.SECRET_EXPIRED, remediation: remediationFor(ErrorCode.SECRET_EXPIRED) });
  }
  if (days < WARN_DAYS) {
    return check(Kind.SECRET_EXPIRY, Status.WARNING, `The client secret expires in ${days} day(s), on ${target}: rotate it now.`, {
      target,
      remediation: [...TROUBLESHOOTING_PAGE.invalidCredentials.checkSecretExpiration, ...TROUBLESHOOTING_PAGE.invalidCredentials.updateCredentials, TROUBLESHOOTING_PAGE.invalidCredentials.secretSecurity],
    });
  }
  return check(Kind.SECRET_EXPIRY, Status.PASSED, `The client secret expires on ${target}.`, { target });
}
