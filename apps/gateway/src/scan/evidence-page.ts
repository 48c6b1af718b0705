import { badInput, decodeCursor, encodeCursor, EvidenceItemDto } from '@trueconfig/common';
import { Connection } from '../pagination/connection.type';

/** A Relay page over a result's stored evidence; cursors are item positions. */
export function evidencePage(items: readonly EvidenceItemDto[], first: number, after: string | null | undefined): Connection<EvidenceItemDto> {
  const start = after ? positionOf(after) + 1 : 0;
  const slice = items.slice(start, start + first);
  const edges = slice.map((node, index) => ({ node, cursor: encodeCursor(['ev', start + index]) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: start + slice.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

function positionOf(cursor: string): number {
  const parts = decodeCursor(cursor);
  if (parts?.length === 2 && parts[0] === 'ev' && typeof parts[1] === 'number' && Number.isInteger(parts[1]) && parts[1] >= 0) return parts[1];
  throw badInput('after', 'The cursor is not valid: use a cursor returned by evidencePage.');
}
