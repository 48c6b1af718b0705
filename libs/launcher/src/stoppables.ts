type Stop = () => unknown;

/**
 * What a test run started, stopped newest first (a service before the NATS and database it uses).
 * One failure to stop does not keep the rest running.
 */
export class Stoppables {
  private readonly stops: Stop[] = [];

  /** Registers `thing`, stopped later by `stop`, and hands it back. */
  add<T>(thing: T, stop: (thing: T) => unknown): T {
    this.stops.push(() => stop(thing));
    return thing;
  }

  defer(stop: Stop): void {
    this.stops.push(stop);
  }

  async stopAll(): Promise<void> {
    const errors: unknown[] = [];
    for (let stop = this.stops.pop(); stop; stop = this.stops.pop()) {
      try {
        await stop();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, `${errors.length} things failed to stop`);
  }

  /** Runs `start`, which registers here what it starts; if it fails, stops all and rethrows its error. */
  async startOrStopAll<T>(start: () => Promise<T>): Promise<T> {
    try {
      return await start();
    } catch (error) {
      await this.stopAll().catch(() => undefined);
      throw error;
    }
  }
}

/** Promise.all that first lets every promise settle, so nothing is still starting, unseen, when one fails. */
export async function allStarted<T extends readonly unknown[] | []>(starts: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  await Promise.allSettled(starts);
  return Promise.all(starts);
}
