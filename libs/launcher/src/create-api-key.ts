import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { workspaceRoot } from './workspace-root';

const run = promisify(execFile);

/** Creates a key with the same CLI operators use; the key is the last line it prints. */
export async function createApiKey(env: NodeJS.ProcessEnv, org: string, role: string): Promise<string> {
  const cli = join(workspaceRoot(), 'apps/gateway/dist/api-key/api-key.cli.js');
  const { stdout } = await run('node', [cli, 'create', '--org', org, '--role', role], { env });
  const lines = stdout.trim().split('\n');
  return lines[lines.length - 1].trim();
}
