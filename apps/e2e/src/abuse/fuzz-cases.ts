import fc from 'fast-check';
import { hostileString, injection } from './hostile-values';
import { inputValue } from './input-values';
import { documentFor, rootOperations, selectionOf } from './schema-operations';

/** One HTTP request to /graphql; `label` says what kind, for the report of a counterexample. */
export interface FuzzCase {
  label: string;
  method: 'POST' | 'GET';
  contentType: string;
  body?: string;
  search?: string;
}

const operations = rootOperations();
const operation = fc.constantFrom(...operations);
const post = (label: string, payload: unknown): FuzzCase => ({ label, method: 'POST', contentType: 'application/json', body: JSON.stringify(payload) });

/** Every argument as a variable, each with a hostile or wrongly typed value (sometimes left out). */
const typedCase = operation.chain((op) =>
  fc.record(Object.fromEntries(op.field.args.map((a) => [a.name, inputValue(a.type)])), { requiredKeys: [] })
    .map((variables) => post(`variables ${op.field.name}`, { query: documentFor(op), variables })),
);

/** Hostile strings written into the document itself, escaped properly or pasted in raw. */
const literalCase = fc.tuple(operation, hostileString, fc.boolean()).map(([op, text, raw]) => {
  const args = op.field.args.map((a) => `${a.name}: ${raw ? `"${text}"` : JSON.stringify(text)}`);
  const call = args.length ? `${op.field.name}(${args.join(', ')})` : op.field.name;
  return post(`literal ${op.field.name}`, { query: `${op.kind} { ${call} ${selectionOf(op.field.type)} }` });
});

/** Valid documents cut, spliced or replaced by noise, and documents that are wrong on purpose. */
const malformedCase = fc.oneof(
  fc.tuple(operation, fc.nat(), fc.string({ unit: 'binary', maxLength: 8 })).map(([op, at, noise]) => {
    const doc = documentFor(op);
    const cut = at % (doc.length + 1);
    return post(`spliced ${op.field.name}`, { query: doc.slice(0, cut) + noise + doc.slice(cut + noise.length) });
  }),
  fc.string({ unit: 'grapheme', maxLength: 60 }).map((query) => post('noise', { query })),
  fc.constantFrom(
    '', '{', '}}}', '{ controls { id } } { controls { id } }', 'query A { controls { id } } query A { controls { id } }',
    'query { ...A } fragment A on Query { ...A }', 'query($x: Nope) { controls { id } }', 'query { nope }',
    'query { controls }', 'subscription { scanProgress { scanId } }', 'mutation { startScan }',
    'query { controls @skip(if: $undefined) { id } }', 'query { __schema { types { name fields { name } } } }',
    'query { __type(name: "Mutation") { fields { name } } }', 'query { tenants(first: -1) { edges { cursor } } }',
    'query { tenants(first: 101) { edges { cursor } } }', 'query { tenants(after: "x") { edges { cursor } } }',
    'query { controls { id } controls { id: title } }',
  ).map((query) => post('known bad', { query })),
);

/** Deep nesting (fields, fragments) and wide documents (aliases, big pages) to hit the depth and complexity limits. */
const shapeCase = fc.oneof(
  fc.constantFrom(
    'query { tenants { edges { node { scans { edges { node { results { evidencePage { edges { node { id } } } } } } } } } } }',
    'query { supportBundle(tenantId: "x") { tenant { scans { edges { node { results { evidencePage { edges { node { id } } } } } } } } } }',
    'query { tenants(first: 100) { edges { node { scans(first: 100) { edges { node { results { evidence(first: 100) { id } } } } } } } } }',
  ).map((query) => post('deep', { query })),
  fc.integer({ min: 1, max: 5800 }).map((n) => post(`nested fragments ${n}`, { query: `query { controls { id ${'... on Control { '.repeat(n)}id${' }'.repeat(n)} } }` })),
  fc.integer({ min: 10, max: 4000 }).map((n) => post(`aliases ${n}`, { query: `query { ${Array.from({ length: n }, (_, i) => `a${i}: controls { id }`).join(' ')} }` })),
  fc.integer({ min: 10, max: 20000 }).map((n) => ({
    ...post(`nested list variable ${n}`, {}),
    // Written by hand: JSON.stringify itself overflows on such nesting.
    body: `{"query":"query($f: Int!) { tenants(first: $f) { edges { cursor } } }","variables":{"f":${'['.repeat(n)}${']'.repeat(n)}}}`,
  })),
);

/** Requests that are not GraphQL-over-HTTP at all. */
const transportCase = fc.oneof(
  fc.string({ maxLength: 50 }).map((body) => ({ label: 'not json', method: 'POST' as const, contentType: 'application/json', body })),
  fc.constantFrom<unknown>([], [{ query: '{ controls { id } }' }], 42, null, 'text', { query: 1 }, { query: '{ controls { id } }', variables: 'x' },
    { query: '{ controls { id } }', operationName: 'Missing' }, { query: ['{ controls { id } }'] }, { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } })
    .map((payload) => post('odd payload', payload)),
  fc.constantFrom(100_000, 200_000, 2_000_000).map((n) => post(`body ${n}`, { query: '{ controls { id } }', variables: { pad: 'x'.repeat(n) } })),
  injection.map((text) => ({ label: 'text/plain', method: 'POST' as const, contentType: 'text/plain', body: text })),
  injection.map((text) => ({ label: 'GET', method: 'GET' as const, contentType: 'application/json', search: `?query=${encodeURIComponent(`{ tenant(id: ${JSON.stringify(text)}) { id } }`)}` })),
);

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  { arbitrary: typedCase, weight: 10 },
  { arbitrary: literalCase, weight: 4 },
  { arbitrary: malformedCase, weight: 3 },
  { arbitrary: shapeCase, weight: 2 },
  { arbitrary: transportCase, weight: 2 },
);
