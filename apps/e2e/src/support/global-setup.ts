import { join } from 'node:path';
import { mkdirSync, rmSync } from 'node:fs';
import {
  createTestDatabase,
  freePort,
  startPrivateNats,
  startStack,
  createApiKey,
  workspaceRoot,
} from '@trueconfig/launcher';

import { writeE2eEnv } from './e2e-env';
import { E2E_STATE, E2eState } from './e2e-state';

/** Starts a private NATS, a fresh database and the whole stack (built), exactly as operators run it. */
export default async function globalSetup(): Promise<void> {
  const root = workspaceRoot();
  const [nats, db] = await Promise.all([startPrivateNats(), createTestDatabase('tc_e2e')]);
  const ports = {
    emulator: await freePort(),
    gateway: await freePort(),
    connector: await freePort(),
    scanner: await freePort(),
    audit: await freePort(),
  };
  const logDir = join(root, 'tmp/e2e');
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
  const state: E2eState = { nats, db, stack };
  (globalThis as Record<symbol, unknown>)[E2E_STATE] = state;
  const env = { ...stack.env, DATABASE_URL: db.url };
  writeE2eEnv({
    gatewayUrl: stack.gatewayUrl,
    emulatorUrl: stack.emulator.baseUrl,
    natsUrl: nats.url,
    databaseUrl: db.url,
    adminKey: await createApiKey(env, 'e2e-org-a', 'admin'),
    viewerKey: await createApiKey(env, 'e2e-org-a', 'viewer'),
    otherOrgAdminKey: await createApiKey(env, 'e2e-org-b', 'admin'),
    logDir: join(logDir, 'logs'),
    caCertPath: stack.emulator.caCertPath,
  });
}
