import { ASTVisitor, FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import { queryLimitExceeded } from './limit-exceeded.error';

/**
 * Refuses operations nested deeper than `maximum` fields, following fragments. Introspection
 * (`__schema`, `__type`) is not counted: the standard introspection query is deep by design.
 */
export function maxDepthRule(maximum: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = new Map(context.getDocument().definitions.filter(isFragment).map((f) => [f.name.value, f]));
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > maximum) {
        const error = queryLimitExceeded('depth', depth, maximum);
        context.reportError(new GraphQLError(error.message, { nodes: [operation], originalError: error }));
      }
    },
  });
}

function depthOf(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, visiting: Set<string>): number {
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, fragments, visiting) : 0));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || visiting.has(fragment.name.value)) continue;
      visiting.add(fragment.name.value);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visiting));
      visiting.delete(fragment.name.value);
    }
  }
  return deepest;
}

function isFragment(definition: { kind: Kind }): definition is FragmentDefinitionNode {
  return definition.kind === Kind.FRAGMENT_DEFINITION;
}
