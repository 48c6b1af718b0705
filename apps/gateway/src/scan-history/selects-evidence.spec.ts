import { GraphQLResolveInfo, OperationDefinitionNode, FieldNode, FragmentDefinitionNode, Kind, parse } from 'graphql';
import { selectsEvidence } from './selects-evidence';

/** The info of `results` in a document whose operation selects `scan { results { … } }`. */
function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const scan = operation.selectionSet.selections[0] as FieldNode;
  const results = scan.selectionSet?.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'results') ?? [];
  const fragments = Object.fromEntries(parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return { fieldNodes: results, fragments } as unknown as GraphQLResolveInfo;
}

describe('selectsEvidence', () => {
  it('is false when only the results’ own fields are selected', () => {
    expect(selectsEvidence(infoOf('{ scan { results { controlId status summary acceptance { state } } } }'))).toBe(false);
  });

  it.each([
    ['evidence directly', '{ scan { results { controlId evidence { id } } } }'],
    ['the count', '{ scan { results { evidenceCount } } }'],
    ['the page, in an inline fragment', '{ scan { results { ... on ControlResult { evidencePage(first: 5) { edges { cursor } } } } } }'],
    ['evidence in a named fragment', '{ scan { results { ...R } } } fragment R on ControlResult { evidence { id } }'],
    ['evidence under a second, aliased results field', '{ scan { results { controlId } results { all: evidence { id } } } }'],
  ])('is true for %s', (_name, document) => {
    expect(selectsEvidence(infoOf(document))).toBe(true);
  });
});
