import { parseArgs } from 'node:util';

export interface CliOptions {
  port: number;
  host: string;
  publicName?: string;
  stateDir?: string;
  fixturePath?: string;
  throttleScale: number;
}

function positiveNumber(name: string, raw: string | undefined, fallback: number, integer: boolean): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  const valid = Number.isFinite(value) && value >= 0 && (!integer || Number.isInteger(value));
  if (!valid) throw new Error(`${name} must be a ${integer ? 'whole ' : ''}number >= 0, got '${raw}'`);
  return value;
}

/** Flags win over environment variables (EMULATOR_PORT, EMULATOR_HOST, EMULATOR_PUBLIC_NAME, EMULATOR_STATE_DIR, EMULATOR_FIXTURE, EMULATOR_THROTTLE_SCALE). */
export function parseCliOptions(argv: string[], env: NodeJS.ProcessEnv): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'public-name': { type: 'string' },
      fixture: { type: 'string' },
      'throttle-scale': { type: 'string' },
      'state-dir': { type: 'string' },
    },
    strict: true,
  });
  return {
    port: positiveNumber('--port', values.port ?? env.EMULATOR_PORT, 4443, true),
    host: values.host ?? env.EMULATOR_HOST ?? '127.0.0.1',
    publicName: values['public-name'] ?? env.EMULATOR_PUBLIC_NAME,
    stateDir: values['state-dir'] ?? env.EMULATOR_STATE_DIR,
    fixturePath: values.fixture ?? env.EMULATOR_FIXTURE,
    throttleScale: positiveNumber('--throttle-scale', values['throttle-scale'] ?? env.EMULATOR_THROTTLE_SCALE, 1, false),
  };
}
