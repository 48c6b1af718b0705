import { GraphConditionalAccessPolicy } from '../datasets/graph-shapes';

/**
 * True when every way of satisfying the policy's grant includes MFA: `mfa` or an authentication
 * strength under AND; under OR, only when no alternative (a compliant device, say) skips MFA.
 */
export function grantRequiresMfa(policy: GraphConditionalAccessPolicy): boolean {
  const grant = policy.grantControls;
  if (!grant) return false;
  const controls: string[] = grant.builtInControls ?? [];
  const hasStrength = Boolean(grant.authenticationStrength);
  const hasMfa = controls.includes('mfa') || hasStrength;
  if (!hasMfa || controls.includes('block')) return false;
  const alternatives = controls.length + (hasStrength ? 1 : 0);
  if ((grant.operator ?? 'OR').toUpperCase() === 'AND' || alternatives === 1) return true;
  return controls.every((c) => c === 'mfa');
}
