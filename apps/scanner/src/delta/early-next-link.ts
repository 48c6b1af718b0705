export interface EarlyLink {
  /** Whether the text so far settles it: the link was found, or `value` began without one before it. */
  settled: boolean;
  link: string | null;
}

const NEXT_LINK = /"@odata\.nextLink"\s*:\s*("(?:[^"\\]|\\.)*")/;

/**
 * The top-level `@odata.nextLink` in the first bytes of a Graph page, if it comes before `value` (Graph
 * writes its annotations first). Only a hint to ask for the next page early: the parsed page decides.
 */
export function earlyNextLink(received: string): EarlyLink {
  const valueAt = received.indexOf('"value"');
  const head = valueAt < 0 ? received : received.slice(0, valueAt);
  const match = NEXT_LINK.exec(head);
  if (match?.[1]) return { settled: true, link: JSON.parse(match[1]) as string };
  return { settled: valueAt >= 0, link: null };
}
