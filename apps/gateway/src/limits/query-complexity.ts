import { AppError, ErrorCode } from '@trueconfig/common';
import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
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
  try {
    return complexityOf(input);
  } catch (error) {
    // Variables are coerced here before execution: a wrong one (e.g. an Int beyond 32 bits) is the client's.
    if (error instanceof GraphQLError) throw new AppError(ErrorCode.BAD_USER_INPUT, error.message, { details: { field: 'variables' } });
    // Thousands of nested fragments (which the depth rule does not count) exhaust the estimator's recursion.
    if (error instanceof RangeError) throw new AppError(ErrorCode.BAD_USER_INPUT, 'The query is nested too deeply. Use less nesting.', { details: { field: 'query', limit: 'depth' } });
    throw error;
  }
}

function complexityOf(input: ComplexityInput): number {
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
