import { CoverageSpec } from '../../conditional-access/ca-coverage';
import { CA_AUDIT_ACTIVITIES, defineCaControl } from '../../conditional-access/define-ca-control';
import { clientAppTypesOf } from '../../conditional-access/narrowing-gaps';
import { grantBlocks } from '../../conditional-access/grant-predicates';

export const LEGACY_CLIENT_APP_TYPES = ['exchangeActiveSync', 'other'];

export const LEGACY_AUTH_COVERAGE: CoverageSpec = {
  grants: (policy) => grantBlocks(policy) && clientAppTypesOf(policy).some((t) => LEGACY_CLIENT_APP_TYPES.includes(t)),
  combine: { kind: 'clientApps', required: LEGACY_CLIENT_APP_TYPES, contributes: clientAppTypesOf },
};

export const CA_01 = defineCaControl({
  id: 'CA-01',
  title: 'Legacy authentication blocked',
  description: 'Enabled Conditional Access blocks the legacy client app types (Exchange ActiveSync and other clients) for all users and all cloud apps, in one policy or several.',
  severity: 'critical',
  level: 'L1',
  references: { cis: ['5.2.2.3'], scuba: ['MS.AAD.1.1v1'], maester: ['MT.1009', 'MT.1010'] },
  rationale: 'Legacy protocols cannot perform MFA: a password spray against IMAP, POP or SMTP bypasses every MFA policy.',
  remediation: [
    'Entra admin center → Protection → Conditional Access → New policy: Users: All users (exclude only the break-glass accounts); Target resources: All cloud apps; Conditions → Client apps: Exchange ActiveSync clients and Other clients; Grant: Block access; Enable policy: On.',
    'Graph: POST /identity/conditionalAccess/policies with conditions.clientAppTypes ["exchangeActiveSync","other"], grantControls.builtInControls ["block"], state "enabled".',
  ],
  auditActivities: CA_AUDIT_ACTIVITIES,
  coverage: LEGACY_AUTH_COVERAGE,
  wording: { requirement: 'blocks legacy authentication (Exchange ActiveSync and other clients) for all users and all cloud apps' },
});
