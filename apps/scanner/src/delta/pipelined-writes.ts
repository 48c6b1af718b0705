/**
 * Keeps one database write in flight behind a listing: page N is stored while page N+1 is fetched and
 * page N fed to the evaluation, so the page chain waits for the slower of Graph and Postgres, not both.
 * A failed write surfaces at the next `push` or at `drain`.
 */
export class PipelinedWrites {
  private last: Promise<void> = Promise.resolve();

  /** Waits for the previous write, then starts this one without waiting for it. */
  async push(write: () => Promise<void>): Promise<void> {
    await this.last;
    const started = write();
    // Handled where it is awaited (next push or drain); this only keeps it from going unhandled meanwhile.
    started.catch(() => undefined);
    this.last = started;
  }

  drain(): Promise<void> {
    return this.last;
  }
}
