/**
 * Starts a pub/sub iterator now rather than at the client's first pull, so nothing published while
 * the subscription is still being authorised is missed.
 */
export function startListening<T>(source: AsyncIterable<T>): AsyncIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let first: Promise<IteratorResult<T>> | undefined = iterator.next();
  return {
    next: () => {
      const pending = first ?? iterator.next();
      first = undefined;
      return pending;
    },
    return: async (value?: unknown) => (iterator.return ? iterator.return(value) : { done: true, value }),
  };
}
