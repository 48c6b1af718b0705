import fc from 'fast-check';

/** Injection payloads for SQL, NoSQL, templates, paths, headers and C strings. */
export const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE gateway.api_key; --",
  '1; SELECT pg_sleep(5)',
  '" OR ""="',
  '{"$gt": ""}',
  '{"$where": "sleep(1000)"}',
  '${7*7}',
  '{{7*7}}',
  '<%= 7*7 %>',
  '#{7*7}',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  'line\r\nX-Injected: yes',
  'nul\u0000byte',
  '\u0000',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  '$(id)',
  '`id`',
  'tc_live_not_a_key',
  '\uFEFF\u202Egnp.exe',
  '😀👩‍👩‍👧‍👦𝕳',
  '\uD800',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '-1',
  '9999999999999999999999',
  '',
  ' ',
];

export const injection = fc.constantFrom(...INJECTIONS);

/** Strings a client could send: injections, any unicode, and large ones (some beyond the body limit). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: injection, weight: 15 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 9 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 6 },
  { arbitrary: fc.uuid(), weight: 6 },
  // Rare, as they are slow to send: most requests should test something else.
  { arbitrary: fc.constantFrom(1_000, 20_000, 90_000, 150_000).map((n) => 'A'.repeat(n)), weight: 1 },
);

/** Values of the wrong shape for whatever the field expects. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308, -0, 0.5),
  hostileString,
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.dictionary(hostileString, fc.integer(), { maxKeys: 3 }),
  fc.constant({ __proto__: { admin: true } }),
);

/** Lists from empty to beyond the body limit. */
export function hostileList<T>(item: fc.Arbitrary<T>): fc.Arbitrary<T[]> {
  return fc.oneof(
    { arbitrary: fc.array(item, { maxLength: 5 }), weight: 20 },
    { arbitrary: fc.constantFrom(1_000, 5_000, 30_000).chain((n) => item.map((v) => Array.from({ length: n }, () => v))), weight: 1 },
  );
}
