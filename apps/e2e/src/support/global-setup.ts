import { join } from 'node:path';
import { mkdirSync, rmSync } from 'node:fs';
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
  const logDir = join(workspaceRoot(), 'tmp/e2e');
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
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
