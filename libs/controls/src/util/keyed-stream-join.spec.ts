import { KeyedStreamJoin } from './keyed-stream-join';

function recorder() {
  const events: string[] = [];
  const join = new KeyedStreamJoin<string, number>({
    matched: (key, left, right) => events.push(`${key}:${left}=${right}`),
    leftOnly: (key, left) => events.push(`${key}:${left}-`),
  });
  return { join, events };
}

describe('KeyedStreamJoin', () => {
  it('matches lefts first, reporting lefts without partner when the right side completes', () => {
    const { join, events } = recorder();
    join.addLeft('a', 'A');
    join.addLeft('b', 'B');
    join.completeLeft();
    join.addRight('a', 1);
    join.addRight('z', 9);
    expect(join.waiting).toBe(1);
    join.completeRight();
    expect(events).toEqual(['a:A=1', 'b:B-']);
    expect(join.waiting).toBe(0);
  });

  it('matches rights first and frees discarded keys', () => {
    const { join, events } = recorder();
    join.addRight('a', 1);
    join.addRight('x', 2);
    join.completeRight();
    join.discardLeft('x');
    expect(join.waiting).toBe(1);
    join.addLeft('a', 'A');
    join.addLeft('b', 'B');
    expect(events).toEqual(['a:A=1', 'b:B-']);
  });

  it('flushes waiting lefts on demand', () => {
    const { join, events } = recorder();
    join.addLeft('a', 'A');
    join.flush();
    expect(events).toEqual(['a:A-']);
  });
});
