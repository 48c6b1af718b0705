import { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

const EVIDENCE_FIELDS = new Set(['evidence', 'evidenceCount', 'evidencePage']);

/** Whether the query selected any evidence field under the field being resolved (fragments included). */
export function selectsEvidence(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && selectsIn(node.selectionSet, info));
}

function selectsIn(set: SelectionSetNode, info: GraphQLResolveInfo): boolean {
  return set.selections.some((selection) => {
    if (selection.kind === 'Field') return EVIDENCE_FIELDS.has(selection.name.value);
    if (selection.kind === 'InlineFragment') return selectsIn(selection.selectionSet, info);
    const fragment = info.fragments[selection.name.value];
    return fragment !== undefined && selectsIn(fragment.selectionSet, info);
  });
}
