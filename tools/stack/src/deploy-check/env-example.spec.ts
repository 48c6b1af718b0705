import { baseEnvSchema } from '@trueconfig/common';
import { workspaceRoot } from '@trueconfig/launcher';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_SERVICES, loadServiceEnvSchema } from './service-env-schemas';

const root = workspaceRoot();
const documented = new Set(
  readFileSync(join(root, '.env.example'), 'utf8')
    .split('\n')
    .map((line) => line.match(/^#?\s*([A-Z][A-Z0-9_]*)=/)?.[1])
    .filter((name): name is string => name !== undefined),
);

describe('.env.example', () => {
  it('lists every variable every service reads', async () => {
    const missing: string[] = [];
    for (const service of APP_SERVICES) {
      const schema = await loadServiceEnvSchema(root, service);
      for (const name of Object.keys(schema.shape)) if (!documented.has(name)) missing.push(`${service}: ${name}`);
    }
    expect(missing).toEqual([]);
  });

  it('lists the base variables', () => {
    expect(Object.keys(baseEnvSchema.shape).filter((name) => !documented.has(name))).toEqual([]);
  });
});
