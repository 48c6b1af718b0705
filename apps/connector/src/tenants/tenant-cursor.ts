import { badInput, decodeCursor, encodeCursor } from '@trueconfig/common';

export const MAX_PAGE_SIZE = 100;

export interface TenantCursor {
  createdAt: string;
  id: string;
}

export function encodeTenantCursor(row: { createdAt: Date; id: string }): string {
  return encodeCursor([row.createdAt.toISOString(), row.id]);
}

/** Null for the first page; BAD_USER_INPUT for a cursor this service did not make. */
export function decodeTenantCursor(after: string | null | undefined): TenantCursor | null {
  if (after === null || after === undefined || after === '') return null;
  const parts = decodeCursor(after);
  const [createdAt, id] = parts ?? [];
  if (parts?.length !== 2 || typeof createdAt !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(createdAt))) {
    throw badInput('after', 'The cursor is not valid: pass an endCursor returned by a previous page.');
  }
  return { createdAt, id };
}

export function validatePageSize(first: unknown): number {
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `"first" must be an integer from 1 to ${MAX_PAGE_SIZE}.`);
  }
  return first;
}
