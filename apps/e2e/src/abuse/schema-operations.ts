import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from '@trueconfig/launcher';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  GraphQLType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

export type OperationKind = 'query' | 'mutation' | 'subscription';

/** One root field of the public contract, e.g. mutation `startScan`. */
export interface RootOperation {
  kind: OperationKind;
  field: GraphQLField<unknown, unknown>;
}

export const schema: GraphQLSchema = buildSchema(readFileSync(join(workspaceRoot(), 'apps/gateway/schema.graphql'), 'utf8'));

/** Every query, mutation and subscription of schema.graphql, so new fields are fuzzed without a change here. */
export function rootOperations(): RootOperation[] {
  const roots: Array<[OperationKind, ReturnType<GraphQLSchema['getQueryType']>]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([kind, type]) => Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field })));
}

/** The leaf fields (without required arguments) of a type, one level deep, and `__typename`. */
export function selectionOf(type: GraphQLType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const leaves = Object.values(named.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

/** `mutation M($id: ID!) { revokeApiKey(id: $id) { … } }` with every argument as a variable. */
export function documentFor(operation: RootOperation, args: readonly GraphQLArgument[] = operation.field.args): string {
  const definitions = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const head = definitions ? `${operation.kind} Op(${definitions})` : `${operation.kind} Op`;
  const call = passed ? `${operation.field.name}(${passed})` : operation.field.name;
  return `${head} { ${call} ${selectionOf(operation.field.type)} }`;
}

/** A well-formed value of the type, for the arguments a test is not about. */
export function plainValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return plainValue(type.ofType);
  if (isListType(type)) return [plainValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[type.getValues().length - 1].value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, plainValue(f.type)]));
  }
  const scalars: Record<string, unknown> = {
    ID: '00000000-0000-4000-8000-000000000000',
    String: 'abuse',
    Int: 1,
    Float: 1,
    Boolean: true,
    DateTimeISO: new Date(Date.now() + 30 * 86400_000).toISOString(),
    JSONObject: {},
  };
  return scalars[type.name];
}

/** Paths to every ID argument, at the top level or inside input objects, e.g. `filter.tenantId`. */
export function idPaths(args: readonly GraphQLArgument[]): string[][] {
  const walk = (type: GraphQLInputType, path: string[], depth: number): string[][] => {
    const named = getNamedType(type);
    if (named.name === 'ID') return [path];
    if (!isInputObjectType(named) || depth > 3) return [];
    return Object.values(named.getFields()).flatMap((f) => walk(f.type, [...path, f.name], depth + 1));
  };
  return args.flatMap((a) => walk(a.type, [a.name], 0));
}
