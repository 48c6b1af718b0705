import { env, receivedResponses } from '../support/e2e-client';
import { codesOf, follow, newKey, wsClient } from '../gateway/gateway-helpers';
import { codesIn, problemWith } from './answer-check';
import { abuseResponses, cliAdminKey, keyPool, postWith, timings, usedSecrets } from './abuse-context';
import { crossOrgAttempts, leakedMarkers, Victim } from './cross-org';
import { runFuzz } from './fuzz-run';
import { findLeaks, readiness } from './leak-scan';
import { malformedAuthorizations } from './malformed-keys';
import { NatsCapture } from './nats-capture';
import { prepareVictim } from './victim';

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const FUZZ_RUNS = 130;
const FUZZ_BATCH = 16;
const WS_GARBAGE = [
  `subscription { scanProgress(scanId: "x") { scanId ${'... on ScanProgress { '.repeat(6000)}phase${' }'.repeat(6000)} } }`,
  'subscription { scanProgress(scanId: "x") { scanId ... on ScanProgress { phase } } }',
  'subscription($scanId: Int) { scanProgress(scanId: $scanId) { scanId } }',
  'subscription { nope }',
  '{{{',
  "subscription { auditLogAdded(tenantId: \"' OR '1'='1\") { id } }",
];
const CHEAP = 'query { apiKeys(first: 1) { edges { cursor } } }';

function slowest(): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const [label, ms] of timings) totals[label] = Math.max(totals[label] ?? 0, ms);
  const sorted = timings.map(([, ms]) => ms).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return { median, ...Object.fromEntries(Object.entries(totals).sort((a, b) => b[1] - a[1]).slice(0, 8)) };
}

describe('abuse: garbage, other organisations and bad keys get coded answers and leak nothing', () => {
  let nats: NatsCapture;
  let attacker: string;
  let victim: Victim;

  beforeAll(async () => {
    nats = await NatsCapture.start(env.natsUrl);
    attacker = await cliAdminKey('abuse-attacker');
    victim = await prepareVictim(await cliAdminKey('abuse-victim'));
  });
  afterAll(() => nats?.stop());

  it(`answers ${FUZZ_RUNS * FUZZ_BATCH} fuzzed requests (seed ${SEED}) with coded errors, never a 5xx or an internal detail`, async () => {
    const report = await runFuzz(await keyPool(attacker, 9), SEED, FUZZ_RUNS, FUZZ_BATCH).catch((error: Error) => {
      console.log('abuse fuzz failed; time per kind of request:', slowest());
      throw error;
    });
    console.log(`abuse fuzz: ${report.requests} requests in ${report.ms} ms`, report.byOutcome, slowest());
    expect(report.requests).toBeGreaterThanOrEqual(2000);
    const limited = Object.entries(report.byOutcome).filter(([k]) => k.includes('RATE_LIMITED')).reduce((n, [, v]) => n + v, 0);
    expect(limited).toBeLessThan(report.requests / 10);
  });

  it('answers NOT_FOUND (or FORBIDDEN) for another organisation’s ids in every query and mutation, leaking nothing', async () => {
    const attempts = crossOrgAttempts(['query', 'mutation'], victim);
    expect(attempts.length).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const attempt of attempts) {
      const answer = await postWith(`Bearer ${attacker}`, attempt.query, attempt.variables);
      const codes = codesIn(answer.text);
      const where = `${attempt.operation.field.name}(${attempt.path.join('.')}=${attempt.id})`;
      const leaks = leakedMarkers(answer.text, victim, attempt.id);
      if (leaks.length) failures.push(`${where} leaked ${leaks.join(', ')}`);
      const refused = codes.length > 0 && codes.every((c) => c === 'NOT_FOUND' || c === 'FORBIDDEN');
      const filterOnly = attempt.path.length > 1 && codes.length === 0 && problemWith(answer) === null;
      if (!refused && !filterOnly) failures.push(`${where} answered ${answer.status} ${answer.text.slice(0, 300)}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses another organisation’s ids in every subscription over graphql-ws', async () => {
    const attempts = crossOrgAttempts(['subscription'], victim);
    expect(attempts.length).toBeGreaterThan(0);
    const client = wsClient(attacker);
    try {
      for (const attempt of attempts) {
        const run = follow<unknown>(client, attempt.query, attempt.variables);
        await Promise.race([run.ended, new Promise((resolve) => setTimeout(resolve, 3000))]);
        run.stop();
        const where = `${attempt.operation.field.name}(${attempt.path.join('.')}=${attempt.id})`;
        expect({ where, events: run.events.length, codes: codesOf(run.errors) }).toEqual({ where, events: 0, codes: ['NOT_FOUND'] });
        expect(leakedMarkers(JSON.stringify(run.errors), victim, attempt.id)).toEqual([]);
      }
    } finally {
      await client.dispose();
    }
  });

  it('answers garbage over graphql-ws with coded errors too', async () => {
    const client = wsClient(attacker);
    try {
      for (const query of WS_GARBAGE) {
        const run = follow<unknown>(client, query, { scanId: 'x'.repeat(5000) });
        await Promise.race([run.ended, new Promise((resolve) => setTimeout(resolve, 3000))]);
        run.stop();
        const answer = { status: 200, text: JSON.stringify({ errors: run.errors }) };
        expect({ query: query.slice(0, 60), problem: problemWith(answer), events: run.events.length }).toEqual({ query: query.slice(0, 60), problem: null, events: 0 });
      }
    } finally {
      await client.dispose();
    }
  });

  it('accepts a replayed key, refuses a revoked one over HTTP and on an open socket, and refuses malformed keys', async () => {
    const replayed = await Promise.all(Array.from({ length: 40 }, () => postWith(`Bearer ${attacker}`, CHEAP)));
    expect(replayed.map((a) => a.status)).toEqual(replayed.map(() => 200));

    const doomed = await newKey('VIEWER', attacker);
    usedSecrets.apiKeys.push(doomed.key);
    const client = wsClient(doomed.key);
    const before = follow<unknown>(client, 'subscription { auditLogAdded { id } }', {});
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(before.errors).toEqual([]);
    expect(codesIn((await postWith(`Bearer ${attacker}`, 'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: doomed.id })).text)).toEqual([]);
    expect(codesIn((await postWith(`Bearer ${doomed.key}`, CHEAP)).text)).toEqual(['UNAUTHENTICATED']);
    const after = follow<unknown>(client, 'subscription { auditLogAdded { id } }', {});
    await Promise.race([after.ended, new Promise((resolve) => setTimeout(resolve, 3000))]);
    expect(codesOf(after.errors)).toEqual(['UNAUTHENTICATED']);
    before.stop();
    after.stop();
    await client.dispose();

    for (const authorization of malformedAuthorizations(attacker)) {
      const answer = await postWith(authorization, CHEAP);
      expect({ authorization: authorization?.slice(0, 60), problem: problemWith(answer), codes: codesIn(answer.text) })
        .toEqual({ authorization: authorization?.slice(0, 60), problem: null, codes: ['UNAUTHENTICATED'] });
    }
  });

  it('leaves no secret or key in any log, NATS message, table or answer, and every service ready', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const answers = [...abuseResponses, ...receivedResponses.filter((text) => !text.includes('"createApiKey"'))];
    const values = [...usedSecrets.clientSecrets, ...usedSecrets.apiKeys, env.adminKey, env.viewerKey, env.otherOrgAdminKey];
    expect(nats.messages.length).toBeGreaterThan(0);
    expect(await findLeaks(values, { nats: nats.messages, answers })).toEqual([]);
    expect(await readiness()).toEqual({ gateway: 200, connector: 200, scanner: 200, audit: 200 });
  });
});
