/** The longest slice of a wait between two checkpoints, so a cancelled scan stops waiting within about a second. */
export const WAIT_SLICE_MS = 1000;

/**
 * Sleeps `ms` in slices, calling `checkpoint` after each: it throws (e.g. the scan was cancelled) to end
 * the wait early. Without a checkpoint it is one plain sleep.
 */
export async function interruptibleSleep(ms: number, sleep: (ms: number) => Promise<void>, checkpoint?: () => Promise<void>): Promise<void> {
  if (!checkpoint) return sleep(ms);
  await checkpoint();
  for (let left = ms; left > 0; left -= WAIT_SLICE_MS) {
    await sleep(Math.min(left, WAIT_SLICE_MS));
    await checkpoint();
  }
}
