import { Page, PageRequest } from '@trueconfig/common';
import { ConnectionArgs } from './connection.args';
import { Connection } from './connection.type';
import { decodePosition, encodePosition, PAGE_START } from './page-position';

/** Fetches one Relay page from a service's cursor-paginated list. */
export async function fetchConnection<T, N = T>(
  args: ConnectionArgs,
  fetchPage: (request: PageRequest) => Promise<Page<T>>,
  toNode: (item: T) => N = (item) => item as unknown as N,
): Promise<Connection<N>> {
  const start = args.after ? decodePosition(args.after) : PAGE_START;
  const page = await fetchPage({ first: args.first + start.skip, after: start.serviceAfter });
  const items = page.items.slice(start.skip, start.skip + args.first);
  const lastIndex = items.length - 1;
  const edges = items.map((item, index) => ({
    node: toNode(item),
    cursor:
      index === lastIndex && page.endCursor
        ? encodePosition({ serviceAfter: page.endCursor, skip: 0 })
        : encodePosition({ serviceAfter: start.serviceAfter, skip: start.skip + index + 1 }),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[lastIndex]?.cursor ?? null,
    },
  };
}
