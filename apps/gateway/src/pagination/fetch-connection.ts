import { Page, PageRequest } from '@trueconfig/common';
import { ConnectionArgs } from './connection.args';
import { Connection } from './connection.type';
import { decodePosition, encodePosition, PAGE_START } from './page-position';

/** Fetches one Relay page from a service's cursor-paginated list. */
export async function fetchConnection<T>(args: ConnectionArgs, fetchPage: (request: PageRequest) => Promise<Page<T>>): Promise<Connection<T>> {
  const start = args.after ? decodePosition(args.after) : PAGE_START;
  const page = await fetchPage({ first: args.first + start.skip, after: start.serviceAfter });
  const items = page.items.slice(start.skip, start.skip + args.first);
  const pageEndShown = start.skip + items.length === page.items.length;
  const edges = items.map((node, index) => ({
    node,
    cursor:
      pageEndShown && index === items.length - 1 && page.endCursor
        ? encodePosition({ serviceAfter: page.endCursor, skip: 0 })
        : encodePosition({ serviceAfter: start.serviceAfter, skip: start.skip + index + 1 }),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage || !pageEndShown,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
