/**
 * `$select` projection: Graph matches names case-insensitively and answers with its own casing.
 * Without `$select` an endpoint returns its default property set (all properties when none is given).
 */
export function selectFields<T extends object>(
  item: T,
  select: readonly string[] | undefined,
  defaults?: readonly string[],
): Record<string, unknown> {
  const entries = Object.entries(item);
  const wanted = select ?? defaults;
  if (!wanted) return Object.fromEntries(entries);
  const byLowerName = new Map(entries.map(([key, value]) => [key.toLowerCase(), [key, value] as const]));
  const result: Record<string, unknown> = {};
  for (const name of wanted) {
    const found = byLowerName.get(name.toLowerCase());
    if (found) result[found[0]] = found[1];
  }
  return result;
}
