import { ErrorCode } from '@trueconfig/common';
import { evidencePage } from './evidence-page';

const items = Array.from({ length: 5 }, (_, i) => ({ kind: 'user', id: `u${i}`, displayName: `User ${i}` }));

describe('evidencePage', () => {
  it('pages through every item once', () => {
    const first = evidencePage(items, 2, null);
    expect(first.edges.map((e) => e.node.id)).toEqual(['u0', 'u1']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = evidencePage(items, 10, first.pageInfo.endCursor);
    expect(second.edges.map((e) => e.node.id)).toEqual(['u2', 'u3', 'u4']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('refuses a cursor it did not make', () => {
    expect(() => evidencePage(items, 2, 'garbage')).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'after' } }));
  });
});
