import { PipelinedWrites } from './pipelined-writes';

describe('PipelinedWrites', () => {
  it('starts a write once the previous one is done, without waiting for it', async () => {
    const events: string[] = [];
    let finishFirst: () => void = () => undefined;
    const writes = new PipelinedWrites();
    await writes.push(() => new Promise<void>((resolve) => (events.push('first started'), (finishFirst = () => (events.push('first done'), resolve())))));
    events.push('page fed');
    const second = writes.push(async () => void events.push('second started'));
    await Promise.resolve();
    expect(events).toEqual(['first started', 'page fed']);
    finishFirst();
    await second;
    await writes.drain();
    expect(events).toEqual(['first started', 'page fed', 'first done', 'second started']);
  });

  it('surfaces a failed write at drain', async () => {
    const writes = new PipelinedWrites();
    await writes.push(() => Promise.reject(new Error('database down')));
    await expect(writes.drain()).rejects.toThrow('database down');
  });
});
