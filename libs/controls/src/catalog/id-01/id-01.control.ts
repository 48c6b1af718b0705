import { DatasetPath } from '../../datasets/dataset-path';
import { ControlDefinition } from '../../model/control-definition';
import { Id01Accumulator } from './id-01.accumulator';

export const ID_01: ControlDefinition = {
  id: 'ID-01',
  title: 'Users with MFA registered',
  description:
    'The share of enabled member users who have registered a multifactor authentication method, against the tenant\'s target (100 % by default).',
  severity: 'high',
  level: 'L1',
  references: { cis: ['5.2.3.4'] },
  datasets: [DatasetPath.Users, DatasetPath.UserRegistrationDetails, DatasetPath.ConditionalAccessPolicies],
  permissions: ['User.Read.All', 'Reports.Read.All', 'Policy.Read.All'],
  licence: 'p1',
  rationale:
    'A user without a registered MFA method cannot be challenged for a second factor; an attacker holding the password can also register their own method first.',
  remediation: [
    'In the Microsoft Entra admin center, open Protection → Authentication methods → Registration campaign and enable it for all users.',
    'Require registration with a Conditional Access policy on the user action "Register security information", or an MFA policy for all users and all cloud apps.',
    'Follow up on the listed users (Entra ID → Users → the user → Authentication methods) until each has a method registered.',
    'If ID-01 is DEGRADED, grant Reports.Read.All to the TrueConfig app registration (API permissions → Add a permission → Microsoft Graph → Application permissions → Reports.Read.All → Grant admin consent) and run a new scan.',
  ],
  createAccumulator: (settings) => new Id01Accumulator(settings),
};
