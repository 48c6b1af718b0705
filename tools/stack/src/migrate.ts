import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { workspaceRoot } from '@trueconfig/launcher';
import { devEncryptionKey } from './dev-encryption-key';

const SERVICES = ['gateway', 'connector', 'scanner', 'audit'];

/** `npm run migrate`: applies every service's pending migrations, each in its own schema. */
function main(): void {
  const root = workspaceRoot();
  for (const service of SERVICES) {
    execFileSync('node', [join(root, `apps/${service}/dist/migrate.js`)], { stdio: 'inherit', env: { ...process.env, ENCRYPTION_KEY: devEncryptionKey() } });
    console.log(`${service}: migrations applied`);
  }
}

main();
