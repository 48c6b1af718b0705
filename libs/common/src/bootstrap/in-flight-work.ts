/**
 * Counts work this process has accepted and not finished (NATS messages being handled), so shutdown
 * can wait for it after it stops taking more.
 */
class InFlightWork {
  private count = 0;
  private waiters: Array<() => void> = [];

  get size(): number {
    return this.count;
  }

  begin(): () => void {
    this.count++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.count--;
      if (this.count === 0) this.waiters.splice(0).forEach((wake) => wake());
    };
  }

  /** Resolves true once nothing is in flight, or false when `timeoutMs` passes first. */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => (clearTimeout(timer), resolve(true)));
    });
  }
}

export const inFlightWork = new InFlightWork();
