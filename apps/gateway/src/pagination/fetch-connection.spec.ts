import { AppError, ErrorCode, Page, PageRequest } from '@trueconfig/common';
import { Connection } from './connection.type';
import { fetchConnection } from './fetch-connection';

/** A keyset-paginated service over 0..n-1 whose cursor is the last index as a string. */
function service(n: number) {
  const calls: PageRequest[] = [];
  const fetchPage = async (request: PageRequest): Promise<Page<number>> => {
    calls.push(request);
    const start = request.after ? Number(request.after) + 1 : 0;
    const items = Array.from({ length: Math.max(0, Math.min(request.first, n - start)) }, (_, i) => start + i);
    return { items, hasNextPage: start + items.length < n, endCursor: items.length ? String(items[items.length - 1]) : null };
  };
  return { calls, fetchPage };
}

describe('fetchConnection', () => {
  it('pages through every item exactly once with endCursor', async () => {
    const { fetchPage } = service(7);
    const seen: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const connection: Connection<number> = await fetchConnection({ first: 3, after }, fetchPage);
      seen.push(...connection.edges.map((e) => e.node));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('gives every edge a cursor that resumes right after it', async () => {
    const { fetchPage } = service(10);
    const first = await fetchConnection({ first: 4, after: null }, fetchPage);
    const fromSecondEdge = await fetchConnection({ first: 3, after: first.edges[1].cursor }, fetchPage);
    expect(fromSecondEdge.edges.map((e) => e.node)).toEqual([2, 3, 4]);
    const fromThatMiddle = await fetchConnection({ first: 2, after: fromSecondEdge.edges[0].cursor }, fetchPage);
    expect(fromThatMiddle.edges.map((e) => e.node)).toEqual([3, 4]);
  });

  it('reports page info', async () => {
    const { fetchPage } = service(2);
    const connection = await fetchConnection({ first: 5, after: null }, fetchPage);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(connection.pageInfo.startCursor).toBe(connection.edges[0].cursor);
    const empty = await fetchConnection({ first: 5, after: connection.pageInfo.endCursor }, fetchPage);
    expect(empty).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null } });
  });

  it('refuses a cursor it did not make with BAD_USER_INPUT on "after"', async () => {
    const { fetchPage, calls } = service(3);
    await expect(fetchConnection({ first: 2, after: 'garbage' }, fetchPage)).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      details: { field: 'after' },
    });
    await expect(fetchConnection({ first: 2, after: 'garbage' }, fetchPage)).rejects.toBeInstanceOf(AppError);
    expect(calls).toHaveLength(0);
  });
});
