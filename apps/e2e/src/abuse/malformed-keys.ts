/** Authorization headers that must all answer UNAUTHENTICATED (undefined: no header at all). */
export function malformedAuthorizations(key: string): Array<string | undefined> {
  const [prefix] = key.split('_');
  return [
    undefined,
    '',
    'Bearer',
    'Bearer ',
    `Bearer ${key.slice(0, -1)}`,
    `Bearer ${key.slice(0, key.length / 2)}`,
    `Bearer ${key}x`,
    `Bearer x${key}`,
    `Bearer ${key.replace(prefix, `${prefix}x`)}`,
    `Bearer ${key.replace(prefix, 'sk')}`,
    `Bearer ${key.toUpperCase()}`,
    `Bearer ${key}\u00e9`,
    `Bearer \u00ff${key.slice(1)}`,
    `Bearer ${'a'.repeat(8000)}`,
    `Bearer ${key}, Bearer ${key}`,
    `Basic ${Buffer.from(`user:${key}`).toString('base64')}`,
    `Token ${key}`,
    key,
    `Bearer ' OR '1'='1`,
    'Bearer null',
    'Bearer undefined',
  ];
}
