import { workspaceRoot } from '@trueconfig/launcher';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs the operators' CLI (built) and returns what it prints on its last line: the key. */
export async function createApiKeyWithCli(databaseUrl: string, org: string, role: string): Promise<{ key: string; stderr: string }> {
  const cli = join(workspaceRoot(), 'apps/gateway/dist/api-key/api-key.cli.js');
  const { stdout, stderr } = await run('node', [cli, 'create', '--org', org, '--role', role], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  const lines = stdout.trim().split('\n');
  return { key: lines[lines.length - 1].trim(), stderr };
}
