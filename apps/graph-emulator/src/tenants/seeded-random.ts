/**
 * Stateless hashing instead of a PRNG stream: the value for (seed, index, salt) never depends on
 * any other index, so page N of a huge tenant is computed without generating pages 0..N-1.
 */
// Bound once: a global lookup per call is slow inside vm contexts (jest), and this runs millions of times.
const imul = Math.imul;

function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hash32(seed: number, index: number, salt: number): number {
  const seeded = mix32(seed ^ imul(salt + 1, 0x9e3779b9));
  const indexed = mix32(seeded ^ mix32(index + 0x632be5ab));
  return mix32(indexed + imul(salt + 7, 0x27d4eb2d));
}

/** A number in [0, 1). */
export function unitFloat(seed: number, index: number, salt: number): number {
  return hash32(seed, index, salt) / 0x1_0000_0000;
}

export function pickOne<T>(items: readonly T[], seed: number, index: number, salt: number): T {
  return items[hash32(seed, index, salt) % items.length];
}

/** Chooses a key with probability proportional to its weight. */
export function pickWeighted(weights: ReadonlyArray<readonly [string, number]>, unit: number): string {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let threshold = unit * total;
  for (const [key, weight] of weights) {
    if (threshold < weight) return key;
    threshold -= weight;
  }
  return weights[weights.length - 1][0];
}

function hex(value: number, length: number): string {
  return (value >>> 0).toString(16).padStart(8, '0').slice(8 - length);
}

/** A version-4-shaped GUID that is a pure function of its inputs. */
export function seededGuid(seed: number, index: number, salt: number): string {
  const [a, b, c, d] = [0, 1, 2, 3].map((k) => hash32(seed, index, salt * 4 + k + 1000));
  const variant = (8 + (c >>> 30)).toString(16);
  return [
    hex(a, 8),
    hex(b, 4),
    `4${hex(b >>> 16, 3)}`,
    `${variant}${hex(c, 3)}`,
    `${hex(d, 8)}${hex(c >>> 12, 4)}`,
  ].join('-');
}
