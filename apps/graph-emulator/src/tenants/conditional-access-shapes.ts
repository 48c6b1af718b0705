import type {
  AuthenticationStrengthPolicy,
  ConditionalAccessClientApp,
  ConditionalAccessGrantControl,
  ConditionalAccessTransferMethods,
  ConditionalAccessUsers,
  RiskLevel,
} from '@microsoft/microsoft-graph-types';
import { PRIVILEGED_ROLE_TEMPLATE_IDS } from '../directory/role-catalog';
import { ConditionalAccessSpec } from './tenant-input.schema';

export interface PolicyShape {
  displayName: string;
  users: ConditionalAccessUsers;
  clientAppTypes: ConditionalAccessClientApp[];
  controls: ConditionalAccessGrantControl[];
  operator?: 'AND' | 'OR';
  strength?: AuthenticationStrengthPolicy;
  userRiskLevels?: RiskLevel[];
  signInRiskLevels?: RiskLevel[];
  transferMethods?: ConditionalAccessTransferMethods;
  userActions?: string[];
}

/** The built-in "Phishing-resistant MFA" authentication strength. */
export const PHISHING_RESISTANT_STRENGTH: AuthenticationStrengthPolicy = {
  id: '00000000-0000-0000-0000-000000000004',
  displayName: 'Phishing-resistant MFA',
  policyType: 'builtIn',
  requirementsSatisfied: 'mfa',
  allowedCombinations: ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'],
};

const ALL_USERS: ConditionalAccessUsers = { includeUsers: ['All'] };
const ADMINS: ConditionalAccessUsers = { includeRoles: [...PRIVILEGED_ROLE_TEMPLATE_IDS] };

export const POLICY_SHAPES: Record<ConditionalAccessSpec['kind'], PolicyShape> = {
  requireMfaAllUsers: { displayName: 'Require MFA for all users', users: ALL_USERS, clientAppTypes: ['all'], controls: ['mfa'] },
  requireMfaAdmins: { displayName: 'Require MFA for administrators', users: ADMINS, clientAppTypes: ['all'], controls: ['mfa'] },
  blockLegacyAuthentication: {
    displayName: 'Block legacy authentication',
    users: ALL_USERS,
    clientAppTypes: ['exchangeActiveSync', 'other'],
    controls: ['block'],
  },
  requirePhishingResistantMfaAdmins: {
    displayName: 'Require phishing-resistant MFA for administrators',
    users: ADMINS,
    clientAppTypes: ['all'],
    controls: [],
    strength: PHISHING_RESISTANT_STRENGTH,
  },
  requirePhishingResistantMfaAllUsers: {
    displayName: 'Require phishing-resistant MFA for all users',
    users: ALL_USERS,
    clientAppTypes: ['all'],
    controls: [],
    strength: PHISHING_RESISTANT_STRENGTH,
  },
  blockHighUserRisk: { displayName: 'Block high user risk', users: ALL_USERS, clientAppTypes: ['all'], controls: ['block'], userRiskLevels: ['high'] },
  blockHighSignInRisk: {
    displayName: 'Block high sign-in risk',
    users: ALL_USERS,
    clientAppTypes: ['all'],
    controls: ['block'],
    signInRiskLevels: ['high'],
  },
  blockDeviceCodeFlow: {
    displayName: 'Block device code flow',
    users: ALL_USERS,
    clientAppTypes: ['all'],
    controls: ['block'],
    transferMethods: 'deviceCodeFlow',
  },
  requireCompliantDevice: {
    displayName: 'Require compliant or joined device',
    users: ALL_USERS,
    clientAppTypes: ['all'],
    controls: ['compliantDevice', 'domainJoinedDevice'],
  },
  requireManagedDeviceToRegisterSecurityInfo: {
    displayName: 'Require managed device to register security info',
    users: ALL_USERS,
    clientAppTypes: ['all'],
    controls: ['compliantDevice', 'domainJoinedDevice'],
    userActions: ['urn:user:registersecurityinfo'],
  },
};
