import { GraphConditionalAccessPolicy } from '../datasets/graph-shapes';
import { grantRequiresMfa } from './grant-requires-mfa';

/** The methods CONTROLS-REFERENCE.md accepts as phishing-resistant. */
export const PHISHING_RESISTANT_COMBINATIONS = ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'];
/** Microsoft's built-in "Phishing-resistant MFA" authentication strength. */
export const BUILT_IN_PHISHING_RESISTANT_STRENGTH = '00000000-0000-0000-0000-000000000004';

const DEVICE_CONTROLS = ['compliantDevice', 'domainJoinedDevice'];

export function grantBlocks(policy: GraphConditionalAccessPolicy): boolean {
  return (policy.grantControls?.builtInControls ?? []).includes('block');
}

/** An authentication strength whose every allowed combination is phishing-resistant, with no way around it. */
export function grantRequiresPhishingResistant(policy: GraphConditionalAccessPolicy): boolean {
  const grant = policy.grantControls;
  const strength = grant?.authenticationStrength;
  if (!grant || !strength) return false;
  const combinations: string[] = strength.allowedCombinations ?? [];
  const strong = strength.id === BUILT_IN_PHISHING_RESISTANT_STRENGTH || (combinations.length > 0 && combinations.every((c) => PHISHING_RESISTANT_COMBINATIONS.includes(c)));
  const alternatives = grant.builtInControls ?? [];
  return strong && ((grant.operator ?? 'OR').toUpperCase() === 'AND' || alternatives.length === 0);
}

/** A compliant or hybrid-joined device is required, with no non-device alternative under OR. */
export function grantRequiresManagedDevice(policy: GraphConditionalAccessPolicy): boolean {
  const grant = policy.grantControls;
  const controls: string[] = grant?.builtInControls ?? [];
  if (!controls.some((c) => DEVICE_CONTROLS.includes(c))) return false;
  if ((grant?.operator ?? 'OR').toUpperCase() === 'AND') return true;
  return !grant?.authenticationStrength && controls.every((c) => DEVICE_CONTROLS.includes(c));
}

export { grantRequiresMfa };
