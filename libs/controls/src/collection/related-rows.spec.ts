import { Client } from '@microsoft/microsoft-graph-client';
import { CatalogDatasetPath, DatasetPath } from '../datasets/dataset-path';
import { completeRelatedRows, EXPANDED_MEMBERS_LIMIT } from './related-rows';

/** A Graph client answering GETs from a map of resource (or nextLink) to page, recording what was asked. */
function fakeClient(pages: Record<string, unknown>): { client: Client; asked: string[] } {
  const asked: string[] = [];
  const request = (resource: string) => {
    const chain = { version: () => chain, query: () => chain, get: () => (asked.push(resource), Promise.resolve(pages[resource] ?? { value: [] })) };
    return chain;
  };
  return { client: { api: request } as unknown as Client, asked };
}

const send = (get: () => Promise<unknown>) => get();
const member = (i: number) => ({ id: `u${i}` });

describe('completeRelatedRows', () => {
  it('pages the members of a role group whose expansion hit the 20-member cap, and leaves smaller groups alone', async () => {
    const { client, asked } = fakeClient({
      '/groups/g1/members': { value: [member(1), member(2)], '@odata.nextLink': 'next-1' },
      'next-1': { value: Array.from({ length: 20 }, (_, i) => member(i + 3)) },
    });
    const full = { id: 'g1', members: Array.from({ length: EXPANDED_MEMBERS_LIMIT }, (_, i) => member(i)) };
    const small = { id: 'g2', members: [member(1)] };
    const [g1, g2] = (await completeRelatedRows(CatalogDatasetPath.RoleAssignableGroups, client, [full, small], send)) as Array<{ members: unknown[] }>;
    expect(g1.members).toHaveLength(22);
    expect(g2).toBe(small);
    expect(asked).toEqual(['/groups/g1/members', 'next-1']);
  });

  it("reads a PIM policy's rules and a service principal's app role assignments when the answer lacks the expansion", async () => {
    const { client } = fakeClient({
      '/policies/roleManagementPolicies/p1/rules': { value: [{ id: 'Approval_EndUser_Assignment' }] },
      '/servicePrincipals/sp1/appRoleAssignments': { value: [{ appRoleId: 'r' }] },
    });
    const [assignment] = await completeRelatedRows(CatalogDatasetPath.RoleManagementPolicyAssignments, client, [{ id: 'a', policyId: 'p1' }], send);
    expect(assignment).toEqual({ id: 'a', policyId: 'p1', policy: { id: 'p1', rules: [{ id: 'Approval_EndUser_Assignment' }] } });
    const [principal] = await completeRelatedRows(CatalogDatasetPath.ServicePrincipals, client, [{ id: 'sp1' }], send);
    expect(principal).toEqual({ id: 'sp1', appRoleAssignments: [{ appRoleId: 'r' }] });
    const expanded = { id: 'sp2', appRoleAssignments: [] };
    expect(await completeRelatedRows(CatalogDatasetPath.ServicePrincipals, client, [expanded], send)).toEqual([expanded]);
    expect(await completeRelatedRows(DatasetPath.Users, client, [{ id: 'u' }], send)).toEqual([{ id: 'u' }]);
  });
});
