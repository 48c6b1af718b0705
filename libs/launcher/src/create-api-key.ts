import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { builtScript } from './built-script';

const run = promisify(execFile);

export interface CreatedApiKey {
  /** The last line the CLI prints on stdout. */
  key: string;
  /** What it tells the operator besides (e.g. that it created the organisation). */
  stderr: string;
}

/** Creates a key with the same CLI operators use (`env` carries DATABASE_URL). */
export async function createApiKeyWithCli(env: NodeJS.ProcessEnv, org: string, role: string): Promise<CreatedApiKey> {
  const cli = builtScript('apps/gateway', 'api-key/api-key.cli.js');
  const { stdout, stderr } = await run('node', [cli, 'create', '--org', org, '--role', role], { env });
  const lines = stdout.trim().split('\n');
  return { key: lines[lines.length - 1].trim(), stderr };
}

export async function createApiKey(env: NodeJS.ProcessEnv, org: string, role: string): Promise<string> {
  return (await createApiKeyWithCli(env, org, role)).key;
}
