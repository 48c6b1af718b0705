import type { DirectoryAudit, SignIn } from '@microsoft/microsoft-graph-types';
import { IndexedSource } from '../graph/paged-collection';
import { pickOne, seededGuid, unitFloat } from '../tenants/seeded-random';
import { UserPopulation } from '../tenants/user-population';
import { DAY_MS, isoSeconds } from './odata-typed';

/** Entra keeps 30 days of audit and sign-in logs. */
export const RETENTION_DAYS = 30;
const SALT_AUDIT = 70;
const SALT_SIGN_IN = 71;

const ACTIVITIES: ReadonlyArray<readonly [string, string, string]> = [
  ['RoleManagement', 'Add member to role', 'Assign'],
  ['UserManagement', 'Update user', 'Update'],
  ['ApplicationManagement', 'Consent to application', 'Assign'],
  ['Policy', 'Update conditional access policy', 'Update'],
  ['ApplicationManagement', 'Update application – Certificates and secrets management ', 'Update'],
  ['UserManagement', 'Reset user password', 'Update'],
  ['GroupManagement', 'Add member to group', 'Assign'],
];

/** Newest first, evenly spaced through each day. */
function timeOf(index: number, perDay: number, referenceMs: number): number {
  return referenceMs - Math.floor(index / perDay) * DAY_MS - ((index % perDay) * DAY_MS) / perDay;
}

export function directoryAudits(perDay: number, seed: number, referenceMs: number, users: UserPopulation): IndexedSource<DirectoryAudit> {
  return {
    total: perDay * RETENTION_DAYS,
    item: (index) => {
      const [category, activityDisplayName, operationType] = pickOne(ACTIVITIES, seed, index, SALT_AUDIT);
      const actor = users.count > 0 ? users.user(index % Math.max(1, Math.min(users.count, 5))) : undefined;
      return {
        id: `Directory_${seededGuid(seed, index, SALT_AUDIT)}`,
        category,
        correlationId: seededGuid(seed, index, SALT_AUDIT + 100),
        activityDisplayName,
        activityDateTime: new Date(timeOf(index, perDay, referenceMs)).toISOString(),
        loggedByService: 'Core Directory',
        operationType,
        result: 'success',
        resultReason: '',
        initiatedBy: { user: actor ? { id: actor.id, userPrincipalName: actor.userPrincipalName, ipAddress: '203.0.113.10' } : null, app: null },
        targetResources: [{ id: seededGuid(seed, index, SALT_AUDIT + 200), displayName: null, type: 'User', modifiedProperties: [] }],
        additionalDetails: [],
      };
    },
  };
}

export function signIns(perDay: number, seed: number, referenceMs: number, users: UserPopulation): IndexedSource<SignIn> {
  return {
    total: users.count > 0 ? perDay * RETENTION_DAYS : 0,
    item: (index) => {
      const user = users.user(Math.floor(unitFloat(seed, index, SALT_SIGN_IN) * users.count));
      const failed = unitFloat(seed, index, SALT_SIGN_IN + 1) < 0.05;
      return {
        id: seededGuid(seed, index, SALT_SIGN_IN),
        createdDateTime: isoSeconds(timeOf(index, perDay, referenceMs)),
        userId: user.id,
        userDisplayName: user.displayName,
        userPrincipalName: user.userPrincipalName,
        appId: '00000002-0000-0ff1-ce00-000000000000',
        appDisplayName: 'Office 365 Exchange Online',
        clientAppUsed: 'Browser',
        ipAddress: '203.0.113.20',
        isInteractive: true,
        conditionalAccessStatus: 'success',
        status: { errorCode: failed ? 50126 : 0, failureReason: failed ? 'Invalid username or password.' : 'Other.' },
      };
    },
  };
}
