import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { EmulatorControlClient } from './emulator-control.client';
import { EmulatorProcess, emulatorEnv, startEmulatorProcess } from './emulator-process';
import { freePort } from './free-port';
import { PrivateNats, startPrivateNats } from './nats-server';
import { allStarted, Stoppables } from './stoppables';
import { createTestDatabase, TestDatabase } from './test-database';
import { workspaceRoot } from './workspace-root';

export interface TestBackboneOptions {
  /** The test database is `<databasePrefix>_<random>`; the emulator's state dir is named after it too. */
  databasePrefix: string;
  withEmulator?: boolean;
  /**
   * Multiplies every Graph limit of the emulator. Suites that are not about throttling default to
   * 1000 so that Graph's real, tight limits (5 report requests per 10 s) do not slow them down.
   */
  throttleScale?: number;
}

export interface TestBackbone {
  nats: PrivateNats;
  db: TestDatabase;
  /** For a service under test: this process's environment pointed at the backbone. */
  env: NodeJS.ProcessEnv;
  /** Register here what the test starts on top: `stop()` stops it first, newest first. */
  stoppables: Stoppables;
  stop(): Promise<void>;
}

export interface TestBackboneWithEmulator extends TestBackbone {
  emulator: EmulatorProcess;
  /** The emulator's control API, trusting its CA. */
  control: EmulatorControlClient;
  /** The emulator's state (CA, signing key), removed by `stop()`. */
  stateDir: string;
}

/**
 * What every integration suite stands on: a private NATS, a fresh database and, when asked, the built
 * emulator, started side by side. `stop()` stops them in reverse order and removes the state dir.
 */
export function startTestBackbone(options: TestBackboneOptions & { withEmulator: true }): Promise<TestBackboneWithEmulator>;
export function startTestBackbone(options: TestBackboneOptions & { withEmulator?: false }): Promise<TestBackbone>;
export async function startTestBackbone(options: TestBackboneOptions): Promise<TestBackbone | TestBackboneWithEmulator> {
  const stoppables = new Stoppables();
  const stateDir = join(workspaceRoot(), 'tmp', `${options.databasePrefix}-${randomBytes(4).toString('hex')}`);
  if (options.withEmulator) stoppables.defer(() => rmSync(stateDir, { recursive: true, force: true }));
  return stoppables.startOrStopAll(async () => {
    const [db, nats, emulator] = await allStarted([
      createTestDatabase(options.databasePrefix).then((started) => stoppables.add(started, (d) => d.drop())),
      startPrivateNats().then((started) => stoppables.add(started, (n) => n.process.stop())),
      options.withEmulator ? startEmulator(stateDir, stoppables, options.throttleScale ?? 1000) : undefined,
    ]);
    const backbone: TestBackbone = {
      nats,
      db,
      env: { ...process.env, DATABASE_URL: db.url, NATS_URL: nats.url, ...(emulator ? emulatorEnv(emulator) : {}) },
      stoppables,
      stop: () => stoppables.stopAll(),
    };
    if (!emulator) return backbone;
    return { ...backbone, emulator, control: new EmulatorControlClient(emulator.baseUrl, emulator.caCertPath), stateDir };
  });
}

async function startEmulator(stateDir: string, stoppables: Stoppables, throttleScale: number): Promise<EmulatorProcess> {
  const emulator = await startEmulatorProcess({ port: await freePort(), stateDir, throttleScale });
  return stoppables.add(emulator, (e) => e.process.stop());
}
