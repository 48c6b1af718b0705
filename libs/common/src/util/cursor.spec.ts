import { decodeCursor, encodeCursor } from './cursor';

describe('cursor', () => {
  it('round-trips its parts', () => {
    expect(decodeCursor(encodeCursor(['2026-01-01T00:00:00.000Z', 'abc', 3]))).toEqual(['2026-01-01T00:00:00.000Z', 'abc', 3]);
  });

  it.each(['', 'not-a-cursor', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[{}]').toString('base64url')])(
    'rejects %p',
    (cursor) => expect(decodeCursor(cursor)).toBeNull(),
  );
});
