const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const OBJECT_KEY = /\((?:[A-Za-z]+=)?'[^']*'\)/g;

/**
 * A Graph URL or path as a metric label: version and path only, ids replaced by `{id}`, no query,
 * so `https://graph.microsoft.com/v1.0/users/<guid>/memberOf?$top=999` becomes `v1.0/users/{id}/memberOf`.
 */
export function graphEndpointLabel(urlOrPath: string): string {
  const path = urlOrPath.replace(/^https?:\/\/[^/]+/i, '').split('?')[0];
  return path
    .replace(OBJECT_KEY, '({id})')
    .replace(GUID, '{id}')
    .replace(/^\/+|\/+$/g, '');
}
