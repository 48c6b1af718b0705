import { Repeater, SlidingBuffer } from '@graphql-yoga/subscription';

/** Per subscriber: a slow client drops its oldest progress events, never the newest (nor the last). */
const SUBSCRIBER_BUFFER = 64;

/**
 * Relays a source to one subscriber through its own bounded buffer, and completes the subscription
 * right after delivering the value `isLast` accepts. Ending it early stops the source.
 */
export function relayUntil<T>(source: AsyncIterator<T>, isLast: (value: T) => boolean = () => false): Repeater<T> {
  return new Repeater<T>(async (push, stop) => {
    let stopped = false;
    void stop.then(() => {
      stopped = true;
      void source.return?.();
    });
    for (;;) {
      const result = await source.next();
      if (result.done || stopped) break;
      await push(result.value);
      if (isLast(result.value)) break;
    }
    stop();
  }, new SlidingBuffer(SUBSCRIBER_BUFFER));
}
