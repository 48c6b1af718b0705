import { badInput, decodeCursor, encodeCursor } from '@trueconfig/common';

const VERSION = 'g1';

/**
 * Where a gateway cursor points: the service's own cursor, plus how many items after it to skip.
 * Services return one cursor per page (its end), while Relay gives every edge a cursor: an edge's
 * cursor is "the page's starting cursor, then skip i+1 items", and the last edge's is the page end.
 */
export interface PagePosition {
  serviceAfter: string | null;
  skip: number;
}

export const PAGE_START: PagePosition = { serviceAfter: null, skip: 0 };

export function encodePosition(position: PagePosition): string {
  return encodeCursor([VERSION, position.serviceAfter ?? '', position.skip]);
}

export function decodePosition(cursor: string, field = 'after'): PagePosition {
  const parts = decodeCursor(cursor);
  if (parts?.length === 3 && parts[0] === VERSION && typeof parts[1] === 'string' && isSkip(parts[2])) {
    return { serviceAfter: parts[1] || null, skip: parts[2] };
  }
  throw badInput(field, 'The cursor is not valid: use a cursor returned by this query.');
}

function isSkip(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1000;
}
