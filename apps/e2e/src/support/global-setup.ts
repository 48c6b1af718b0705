import { join } from 'node:path';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createApiKey, freePort, startStack, startTestBackbone, TestBackbone, workspaceRoot } from '@trueconfig/launcher';

import { E2eEnv, writeE2eEnv } from './e2e-env';
import { E2E_STATE, E2eState } from './e2e-state';

/** Starts a private NATS, a fresh database and the whole stack (built), exactly as operators run it. */
export default async function globalSetup(): Promise<void> {
  const backbone = await startTestBackbone({ databasePrefix: 'tc_e2e' });
  const state: E2eState = { backbone };
  (globalThis as Record<symbol, unknown>)[E2E_STATE] = state;
  writeE2eEnv(await backbone.stoppables.startOrStopAll(() => startStackOn(backbone)));
}

async function startStackOn({ nats, db, stoppables }: TestBackbone): Promise<E2eEnv> {
  const ports = {
    emulator: await freePort(),
    gateway: await freePort(),
    connector: await freePort(),
    scanner: await freePort(),
    audit: await freePort(),
  };
  const logDir = runDirectory();
  stoppables.defer(() => rmSync(join(logDir, 'emulator'), { recursive: true, force: true }));
  const stack = await startStack({
    databaseUrl: db.url,
    natsUrl: nats.url,
    ports,
    stateDir: join(logDir, 'emulator'),
    logDir: join(logDir, 'logs'),
    logLevel: 'debug',
  });
  stoppables.add(stack, (running) => running.stop());
  const env = { ...stack.env, DATABASE_URL: db.url };
  return {
    gatewayUrl: stack.gatewayUrl,
    serviceUrls: Object.fromEntries((['gateway', 'connector', 'scanner', 'audit'] as const).map((s) => [s, `http://127.0.0.1:${ports[s]}`])),
    emulatorUrl: stack.emulator.baseUrl,
    natsUrl: nats.url,
    databaseUrl: db.url,
    adminKey: await createApiKey(env, 'e2e-org-a', 'admin'),
    viewerKey: await createApiKey(env, 'e2e-org-a', 'viewer'),
    otherOrgAdminKey: await createApiKey(env, 'e2e-org-b', 'admin'),
    logDir: join(logDir, 'logs'),
    caCertPath: stack.emulator.caCertPath,
  };
}

const KEEP_RUNS_MS = 6 * 3600_000;

/**
 * One folder per run (logs stay for reading afterwards), so two suites running at once never share
 * the emulator's certificate; runs older than a few hours are cleared.
 */
function runDirectory(): string {
  const root = join(workspaceRoot(), 'tmp/e2e');
  mkdirSync(root, { recursive: true });
  for (const entry of readdirSync(root)) {
    const path = join(root, entry);
    if (Date.now() - statSync(path).mtimeMs > KEEP_RUNS_MS) rmSync(path, { recursive: true, force: true });
  }
  const dir = join(root, `run-${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}
