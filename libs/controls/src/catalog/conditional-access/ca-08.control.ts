import { CA_AUDIT_ACTIVITIES, defineCaControl } from '../../conditional-access/define-ca-control';
import { grantBlocks } from '../../conditional-access/grant-predicates';

export const CA_08 = defineCaControl({
  id: 'CA-08',
  title: 'Device code flow blocked',
  description: 'An enabled Conditional Access policy blocks the device code authentication flow for all users and all cloud apps.',
  severity: 'high',
  level: 'L1',
  references: { cis: ['5.2.2.12'], scuba: ['MS.AAD.3.9v1'] },
  rationale: 'Device code phishing lets an attacker obtain tokens by getting a user to type a code on the real Microsoft page.',
  remediation: [
    'Entra admin center → Protection → Conditional Access → New policy: Users: All users (exclude break-glass); Target resources: All cloud apps; Conditions → Authentication flows: Device code flow; Grant: Block access; Enable policy: On.',
    'Graph: conditions.authenticationFlows.transferMethods "deviceCodeFlow" with grantControls.builtInControls ["block"].',
  ],
  auditActivities: CA_AUDIT_ACTIVITIES,
  coverage: {
    target: { users: 'all', applications: 'all', ignore: ['flows'] },
    grants: (policy) => grantBlocks(policy) && String(policy.conditions?.authenticationFlows?.transferMethods ?? '').includes('deviceCodeFlow'),
  },
  wording: { requirement: 'blocks the device code flow for all users and all cloud apps' },
});
