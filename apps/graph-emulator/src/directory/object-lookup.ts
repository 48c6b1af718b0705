import type { Tenant } from '../tenants/tenant';
import { roleDefinitions } from './role-objects';

type Found = Record<string, unknown>;

const typedAs = (type: string, value: object): Found => ({ '@odata.type': `#microsoft.graph.${type}`, ...value });

/** Everything but users: small collections, looked up directly. */
function smallObjects(tenant: Tenant): Map<string, Found> {
  const { directory } = tenant;
  const entries: Array<[string | undefined, Found]> = [
    ...directory.groups.map((g) => [g.id, typedAs('group', g)] as [string | undefined, Found]),
    ...directory.directoryRoles.map((r) => [r.id, typedAs('directoryRole', r)] as [string | undefined, Found]),
    ...roleDefinitions().map((d) => [d.templateId, typedAs('directoryRoleTemplate', { id: d.templateId, displayName: d.displayName, description: d.description })] as [string | undefined, Found]),
    ...directory.servicePrincipals().map((sp) => [sp.id, typedAs('servicePrincipal', sp)] as [string | undefined, Found]),
    ...directory.generatedApplications.map((app) => [app.id, typedAs('application', app)] as [string | undefined, Found]),
  ];
  return new Map(entries.filter((entry): entry is [string, Found] => typeof entry[0] === 'string').map(([id, value]) => [id.toLowerCase(), value]));
}

/**
 * `directoryObjects/getByIds`: ids that no longer resolve are simply absent from the answer (CA-12).
 * Users are found by one pass over the population that stops once every id is found.
 */
export function lookUpObjects(tenant: Tenant, ids: readonly string[], types?: readonly string[]): Found[] {
  const wanted = new Set(ids.map((id) => id.toLowerCase()));
  const found = new Map<string, Found>();
  for (const [id, value] of smallObjects(tenant)) if (wanted.has(id)) found.set(id, value);
  const { population } = tenant;
  for (let index = 0; index < population.count && found.size < wanted.size; index++) {
    if (population.changes.isDeleted(index)) continue;
    const user = population.user(index);
    const id = (user.id ?? '').toLowerCase();
    if (wanted.has(id)) found.set(id, typedAs('user', user));
  }
  const allowed = types?.map((type) => `#microsoft.graph.${type}`.toLowerCase());
  return ids
    .map((id) => found.get(id.toLowerCase()))
    .filter((value): value is Found => value !== undefined && (!allowed || allowed.includes(String(value['@odata.type']).toLowerCase())));
}
