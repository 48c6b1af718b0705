import { ConnectionCheckDto, ConnectionCheckKind as Kind, ConnectionCheckStatus as Status, LicenceTier } from '@trueconfig/common';
import { GraphAnswer } from '../graph/graph-answer';
import { GraphProber } from '../graph/graph-prober';
import { licenceTierOf } from '../graph/licence-tier';
import { check } from './connection-checks';

export async function readLicenceTier(graph: GraphProber, accessToken: string): Promise<{ answer: GraphAnswer; tier: LicenceTier | null }> {
  const answer = await graph.get(accessToken, '/subscribedSkus');
  return { answer, tier: answer.ok ? licenceTierOf(answer.body) : null };
}

export function licenceCheck(tier: LicenceTier | null): ConnectionCheckDto {
  if (tier === null) return check(Kind.LICENCE, Status.UNKNOWN, 'The licence tier could not be read (GET /subscribedSkus failed).');
  if (tier === 'free') {
    return check(
      Kind.LICENCE,
      Status.WARNING,
      'No Entra ID P1/P2 licence detected: controls that need premium data (Conditional Access, sign-in activity, PIM) are degraded.',
      { target: tier },
    );
  }
  return check(Kind.LICENCE, Status.PASSED, `Entra ID ${tier.toUpperCase()} licence detected.`, { target: tier });
}
