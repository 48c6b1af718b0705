import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { issueAccessToken } from '../entra/access-token';
import { startEmulator } from '../start-emulator';
import { pageReader } from './bench-client';

const MEMORY_BUDGET_MB = 200;

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { users: { type: 'string', default: '1000000' }, top: { type: 'string', default: '999' }, select: { type: 'string' } },
  });
  return { users: Number(values.users), top: Number(values.top), select: values.select };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Lists a generated tenant in full through the HTTPS server, page by page, the way a scanner does,
 * and reports pages per second and the process's peak memory (emulator and client together).
 */
async function main(): Promise<void> {
  const { users, top, select } = options();
  const stateDir = await mkdtemp(join(tmpdir(), 'graph-emulator-bench-'));
  const emulator = await startEmulator({ port: 0, stateDir, throttleScale: 1_000_000 });
  const created = Date.now();
  const tenant = emulator.state.tenants.create({ displayName: 'Bench', generate: { users, seed: 1 } });
  const { app } = emulator.state.tenants.addApp(tenant, { permissions: ['User.Read.All'] });
  console.log(`tenant of ${users} users created in ${Date.now() - created} ms (statistics pass over every user)`);
  const reader = pageReader(emulator.caCertPem, issueAccessToken(emulator.state.signingKey, tenant, app, new Date()));
  const query = `$top=${top}${select ? `&$select=${select}` : ''}`;
  let next: string | undefined = `${emulator.baseUrl}/v1.0/users?${query}`;
  let pages = 0;
  let listed = 0;
  const started = process.hrtime.bigint();
  while (next) {
    const page = await reader.read(next);
    pages++;
    listed += page.count;
    next = page.nextLink;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  reader.close();
  await emulator.close();
  await rm(stateDir, { recursive: true, force: true });
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(`listed ${listed} users in ${pages} pages ($top=${top}${select ? `, $select=${select}` : ''})`);
  console.log(`total time ${seconds.toFixed(2)} s, ${(pages / seconds).toFixed(1)} pages/s, ${Math.round(listed / seconds)} users/s`);
  console.log(`peak RSS ${mb(peakRss)} MB (budget ${MEMORY_BUDGET_MB} MB), heap used at end ${mb(process.memoryUsage().heapUsed)} MB`);
  if (listed !== users) throw new Error(`expected ${users} users, listed ${listed}`);
  if (peakRss > MEMORY_BUDGET_MB * 1024 * 1024) throw new Error(`peak RSS ${mb(peakRss)} MB exceeds ${MEMORY_BUDGET_MB} MB`);
}

main().catch((error: unknown) => {
  console.error('bench failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
