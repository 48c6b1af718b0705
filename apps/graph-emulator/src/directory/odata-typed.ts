/** Graph adds `@odata.type` to derived types in a collection; the types package leaves it out. */
export type Typed<T> = T & { '@odata.type': string };

export function typed<T>(odataType: string, value: T): Typed<T> {
  return { '@odata.type': `#microsoft.graph.${odataType}`, ...value };
}

export const DAY_MS = 86_400_000;

/** ISO 8601 without milliseconds, as Graph writes most timestamps. */
export function isoSeconds(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
