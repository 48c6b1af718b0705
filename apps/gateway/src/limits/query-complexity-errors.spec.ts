import { ErrorCode } from '@trueconfig/common';
import { buildSchema, FieldNode, InlineFragmentNode, OperationDefinitionNode, parse, SelectionNode } from 'graphql';
import { queryComplexity } from './query-complexity';

const schema = buildSchema(`
  type Tenant { id: ID! }
  type Page { edges: [Tenant!]! }
  type Query { tenants(first: Int = 20): Page! }
`);

describe('queryComplexity on hostile documents', () => {
  it('answers a variable graphql-js cannot coerce (an Int beyond 32 bits) as BAD_USER_INPUT, not a bare GraphQLError', () => {
    const document = parse('query($f: Int!) { tenants(first: $f) { edges { id } } }');
    expect(() => queryComplexity({ schema, document, variables: { f: -(2 ** 53) } })).toThrow(
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'variables' } }),
    );
  });

  it('answers thousands of nested inline fragments as BAD_USER_INPUT naming the depth, not a RangeError', () => {
    // Built by hand: parsing such a document would exhaust the stack first.
    const document = parse('{ tenants { edges { id ... on Tenant { id } } } }');
    const edges = (document.definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
    const fragment = (edges.selectionSet?.selections[0] as FieldNode).selectionSet?.selections[1] as InlineFragmentNode;
    let innermost: InlineFragmentNode = fragment;
    for (let i = 0; i < 50_000; i++) {
      const next: InlineFragmentNode = { ...fragment, selectionSet: { ...fragment.selectionSet } };
      (innermost.selectionSet as { selections: readonly SelectionNode[] }).selections = [next];
      innermost = next;
    }
    expect(() => queryComplexity({ schema, document })).toThrow(
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'query', limit: 'depth' } }),
    );
  });
});
