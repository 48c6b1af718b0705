import type { ConditionalAccessPolicy, User, UserRegistrationDetails } from '@microsoft/microsoft-graph-types';

/** Graph's own shapes (@microsoft/microsoft-graph-types), as the datasets deliver them. */
export type GraphUser = User;
export type GraphUserRegistrationDetails = UserRegistrationDetails;
export type GraphConditionalAccessPolicy = ConditionalAccessPolicy;

/** Pages arrive as `unknown[]`: rows that are not objects with an id are skipped, never trusted. */
export function graphRows<T extends { id?: string | null }>(page: readonly unknown[]): Array<T & { id: string }> {
  return page.filter((row): row is T & { id: string } => isObject(row) && typeof row.id === 'string' && row.id.length > 0);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
