import { parseArgs } from 'node:util';
import { isGuid } from '@trueconfig/common';
import { ApiKeyRole, isApiKeyRole } from './api-key-role.enum';

export type ApiKeyCommand =
  | { name: 'create'; org: string; role: ApiKeyRole }
  | { name: 'list'; org: string }
  | { name: 'revoke'; id: string };

export const API_KEY_USAGE = [
  'usage: apikey create --org <name> --role <viewer|operator|admin>',
  '       apikey list --org <name>',
  '       apikey revoke --id <key id>',
].join('\n');

export class ApiKeyUsageError extends Error {
  constructor(problem: string) {
    super(`${problem}\n${API_KEY_USAGE}`);
  }
}

export function parseApiKeyCommand(argv: string[]): ApiKeyCommand {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { org: { type: 'string' }, role: { type: 'string' }, id: { type: 'string' } },
  });
  const [name] = positionals;
  if (name === 'create') return { name, org: requireOrg(values.org), role: requireRole(values.role) };
  if (name === 'list') return { name, org: requireOrg(values.org) };
  if (name === 'revoke' && values.id && isGuid(values.id)) return { name, id: values.id };
  throw new ApiKeyUsageError(name ? `unknown or incomplete command "${name}"` : 'missing command');
}

function requireOrg(org: string | undefined): string {
  const name = org?.trim();
  if (!name || name.length > 200) throw new ApiKeyUsageError('--org needs an organisation name (1 to 200 characters)');
  return name;
}

function requireRole(role: string | undefined): ApiKeyRole {
  if (!isApiKeyRole(role)) throw new ApiKeyUsageError('--role must be viewer, operator or admin');
  return role;
}
