import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { workspaceRoot } from '@trueconfig/launcher';

/**
 * The encryption key for local stacks: ENCRYPTION_KEY when set, otherwise one generated once and kept
 * in tmp/ (git-ignored), so secrets stored by one local run can be read by the next.
 */
export function devEncryptionKey(): string {
  if (process.env.ENCRYPTION_KEY) return process.env.ENCRYPTION_KEY;
  const file = join(workspaceRoot(), 'tmp/dev-secrets/encryption.key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
