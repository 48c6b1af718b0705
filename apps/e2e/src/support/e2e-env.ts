/** What global setup hands to the test files (through environment variables, as jest runs them in workers). */
export interface E2eEnv {
  gatewayUrl: string;
  /** Each service's first replica, e.g. `http://127.0.0.1:4001` (for /readyz). */
  serviceUrls: Record<string, string>;
  emulatorUrl: string;
  natsUrl: string;
  databaseUrl: string;
  adminKey: string;
  viewerKey: string;
  otherOrgAdminKey: string;
  /** Every process's output, one file each, written as it runs. */
  logDir: string;
  caCertPath: string;
}

const VARIABLE = 'TRUECONFIG_E2E';

export function writeE2eEnv(env: E2eEnv): void {
  process.env[VARIABLE] = JSON.stringify(env);
}

export function readE2eEnv(): E2eEnv {
  const raw = process.env[VARIABLE];
  if (!raw) throw new Error('e2e environment missing: run through jest --selectProjects e2e');
  return JSON.parse(raw) as E2eEnv;
}
