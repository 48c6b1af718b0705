import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Node reads NODE_EXTRA_CA_CERTS only at start, and both @azure/identity and the Graph client's fetch
 * build their TLS contexts from the defaults it extends. With `--ca-file`, the CLI therefore runs
 * itself again with that variable set (the secret stays in the environment or its file, never argv).
 * Returns the child's exit code, or null when this process already trusts the file.
 */
export function rerunTrustingCa(caFile: string): number | null {
  const path = resolve(caFile);
  if (process.env.NODE_EXTRA_CA_CERTS === path) return null;
  accessSync(path, constants.R_OK);
  const child = spawnSync(process.execPath, process.argv.slice(1), { env: { ...process.env, NODE_EXTRA_CA_CERTS: path }, stdio: 'inherit' });
  return child.status ?? 1;
}
