import { bucketLimit, identityResourceUnits } from './graph-limits';
import { requestCost } from './request-cost';

const GRAPH = 'https://graph.microsoft.com';

describe('requestCost', () => {
  it("charges users and applications 2 RU, less 1 for $select, as Graph's cost table says", () => {
    expect(requestCost(`${GRAPH}/v1.0/users?$select=id,displayName&$top=999`)).toEqual({ bucket: 'identity', units: 1 });
    expect(requestCost(`${GRAPH}/v1.0/users?$skiptoken=abc`)).toEqual({ bucket: 'identity', units: 2 });
    expect(requestCost(`${GRAPH}/v1.0/users/delta?$deltatoken=x`)).toEqual({ bucket: 'identity', units: 2 });
    expect(requestCost(`${GRAPH}/v1.0/applications`)).toEqual({ bucket: 'identity', units: 2 });
  });

  it('charges members 3, transitive members 5, subscribedSkus 3, $expand +1, small $top −1, never below 1', () => {
    expect(requestCost(`${GRAPH}/v1.0/groups/g1/members`).units).toBe(3);
    expect(requestCost(`${GRAPH}/v1.0/groups/g1/transitiveMembers`).units).toBe(5);
    expect(requestCost(`${GRAPH}/v1.0/subscribedSkus?$select=id`).units).toBe(2);
    expect(requestCost(`${GRAPH}/v1.0/servicePrincipals?$select=id&$expand=appRoleAssignments&$top=999`).units).toBe(1);
    expect(requestCost(`${GRAPH}/v1.0/roleManagement/directory/roleAssignments?$expand=principal`).units).toBe(2);
    expect(requestCost(`${GRAPH}/v1.0/domains?$select=id&$top=5`).units).toBe(1);
  });

  it('counts reports, audit logs and Conditional Access by request in their own buckets', () => {
    expect(requestCost(`${GRAPH}/beta/reports/authenticationMethods/userRegistrationDetails?$top=999`)).toEqual({ bucket: 'reports', units: 1 });
    expect(requestCost(`${GRAPH}/v1.0/auditLogs/directoryAudits`)).toEqual({ bucket: 'reports', units: 1 });
    expect(requestCost(`${GRAPH}/v1.0/identity/conditionalAccess/namedLocations`)).toEqual({ bucket: 'conditionalAccess', units: 1 });
  });
});

describe('bucketLimit', () => {
  it('follows tenant size for identity and scales every budget', () => {
    expect([10, 50, 500, 501].map(identityResourceUnits)).toEqual([3500, 5000, 5000, 8000]);
    expect(bucketLimit('identity', 100_000, 50)).toEqual({ capacity: 400_000, windowMs: 10_000 });
    expect(bucketLimit('reports', 100_000, 1)).toEqual({ capacity: 5, windowMs: 10_000 });
    expect(bucketLimit('conditionalAccess', 1, 2)).toEqual({ capacity: 2, windowMs: 1000 });
  });
});
