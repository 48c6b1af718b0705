import { GraphError } from '@microsoft/microsoft-graph-client';
import { GraphFailure } from '../datasets/classify-dataset-failure';

/**
 * Graph's answer to a failed read, or null when Graph never answered: the Graph client reports a
 * failed token request as status -1, and anything else thrown is not a Graph answer either.
 */
export function toGraphFailure(error: unknown): GraphFailure | null {
  if (!(error instanceof GraphError) || error.statusCode <= 0) return null;
  return { status: error.statusCode, code: error.code ?? undefined, message: error.message };
}
