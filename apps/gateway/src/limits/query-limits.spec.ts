import { AppError, ErrorCode } from '@trueconfig/common';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { queryComplexity } from './query-complexity';
import { maxDepthRule } from './query-depth.rule';

const schema = buildSchema(`
  type Scan { id: ID! results: [String!]! }
  type Tenant { id: ID! latestScan: Scan }
  type Edge { node: Tenant! }
  type Page { edges: [Edge!]! }
  type Query { tenants(first: Int = 20): Page! tenant: Tenant }
`);

const depthErrors = (query: string, maximum: number) => validate(schema, parse(query), [...specifiedRules, maxDepthRule(maximum)]);

describe('maxDepthRule', () => {
  it('counts nested fields through fragments and refuses deeper documents with BAD_USER_INPUT naming the limit', () => {
    const query = '{ tenants { edges { node { ...T } } } } fragment T on Tenant { latestScan { id } }';
    expect(depthErrors(query, 5)).toEqual([]);
    const [error] = depthErrors(query, 4);
    expect(error.originalError).toBeInstanceOf(AppError);
    expect(error.originalError).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'query', limit: 'depth', maximum: 4 } });
    expect(error.message).toContain('depth is 5');
  });

  it('does not count introspection', () => {
    expect(depthErrors('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }', 2)).toEqual([]);
  });
});

describe('queryComplexity', () => {
  it('multiplies a page by its size, from the literal or the variables', () => {
    const literal = queryComplexity({ schema, document: parse('{ tenants(first: 50) { edges { node { id latestScan { id } } } } }') });
    const small = queryComplexity({ schema, document: parse('query($n: Int) { tenants(first: $n) { edges { node { id latestScan { id } } } } }'), variables: { n: 10 } });
    expect(literal).toBeGreaterThan(4 * small);
    expect(queryComplexity({ schema, document: parse('{ tenant { id } }') })).toBe(2);
  });
});
