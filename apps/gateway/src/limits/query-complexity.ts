import { DocumentNode, GraphQLSchema } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../pagination/connection.args';
import { queryLimitExceeded } from './limit-exceeded.error';

/**
 * A page costs its nodes times `first` (the page size asked for), plus one for the field itself. A size
 * beyond the maximum counts as the maximum: validation refuses it, naming `first`, which says more.
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + childComplexity * Math.min(MAX_PAGE_SIZE, Math.max(1, args.first)) : undefined;

const ESTIMATORS = [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })];

export interface ComplexityInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** Needs the variables (a page size usually is one), so it runs once the operation is resolved. */
export function queryComplexity(input: ComplexityInput): number {
  return getComplexity({
    schema: input.schema,
    query: input.document,
    variables: input.variables ?? {},
    operationName: input.operationName ?? undefined,
    estimators: ESTIMATORS,
  });
}

export function assertComplexityWithin(input: ComplexityInput, maximum: number): void {
  const complexity = queryComplexity(input);
  if (complexity > maximum) throw queryLimitExceeded('complexity', complexity, maximum);
}
