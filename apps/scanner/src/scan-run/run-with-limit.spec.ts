import { runWithLimit } from './run-with-limit';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('runWithLimit', () => {
  it('never has more than the limit in flight, and runs everything', async () => {
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    await runWithLimit([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      peak = Math.max(peak, ++inFlight);
      await tick();
      done.push(item);
      inFlight--;
    });
    expect(peak).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('stops starting new work after a failure and rethrows it', async () => {
    const started: number[] = [];
    await expect(
      runWithLimit([1, 2, 3, 4], 1, async (item) => {
        started.push(item);
        if (item === 2) throw new Error('two');
      }),
    ).rejects.toThrow('two');
    expect(started).toEqual([1, 2]);
  });
});
