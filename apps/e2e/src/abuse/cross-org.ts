import { GraphQLArgument, isNonNullType } from 'graphql';
import { documentFor, idPaths, plainValue, rootOperations, RootOperation } from './schema-operations';

/** The other organisation's real objects and what would betray them. */
export interface Victim {
  ids: { tenant: string; scan: string; apiKey: string };
  markers: string[];
}

export interface CrossOrgAttempt {
  operation: RootOperation;
  path: string[];
  id: string;
  query: string;
  variables: Record<string, unknown>;
}

const WELL_FORMED: Record<string, unknown> = {
  controlId: 'ID-01',
  input: undefined,
  directoryTenantId: '11111111-1111-4111-8111-111111111111',
  clientId: '22222222-2222-4222-8222-222222222222',
  clientSecret: 'abuse-cross-org-secret',
};

/** Every ID argument (top level or inside an input) of every operation of `kind`, with each of the victim's ids. */
export function crossOrgAttempts(kinds: Array<RootOperation['kind']>, victim: Victim): CrossOrgAttempt[] {
  return rootOperations()
    .filter((op) => kinds.includes(op.kind))
    .flatMap((operation) =>
      idPaths(operation.field.args).flatMap((path) =>
        Object.values(victim.ids).map((id) => ({ operation, path, id, query: documentFor(operation), variables: variablesWith(operation.field.args, path, id) })),
      ),
    );
}

function variablesWith(args: readonly GraphQLArgument[], path: string[], id: string): Record<string, unknown> {
  const given = args.filter((a) => isNonNullType(a.type) || a.name === path[0]);
  const variables: Record<string, unknown> = Object.fromEntries(given.map((a) => [a.name, wellFormed(a.name, plainValue(a.type))]));
  let target = variables;
  for (const key of path.slice(0, -1)) {
    target[key] = { ...((target[key] as Record<string, unknown> | undefined) ?? {}) };
    target = target[key] as Record<string, unknown>;
  }
  target[path[path.length - 1]] = id;
  return variables;
}

function wellFormed(name: string, value: unknown): unknown {
  if (name in WELL_FORMED && WELL_FORMED[name] !== undefined) return WELL_FORMED[name];
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wellFormed(k, v)]));
  }
  return value;
}

/** The victim's markers found in an answer, except the id the attacker sent itself. */
export function leakedMarkers(text: string, victim: Victim, sentId: string): string[] {
  return [...victim.markers, ...Object.values(victim.ids)].filter((m) => m !== sentId && text.includes(m));
}
