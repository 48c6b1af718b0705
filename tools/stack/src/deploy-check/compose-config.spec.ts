import { workspaceRoot } from '@trueconfig/launcher';
import { availableComposeClis, composeConfig } from './compose-cli';

const root = workspaceRoot();
const clis = availableComposeClis();
const PROFILE_SETS = [[], ['dev'], ['observability'], ['dev', 'observability']];
const minimalEnv = { ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') };

/**
 * The real `docker compose config`, by every Compose implementation found (CI installs docker-compose
 * 1.29 when no Compose is present, see .ci/run): the file must stay valid for v1 and v2 alike.
 */
describe('docker compose config', () => {
  it('has a Compose to validate with in CI', () => {
    if (process.env.CI === 'true') expect(clis.map((cli) => cli.name)).not.toEqual([]);
    else if (clis.length === 0) console.warn('docker-compose.yml: no Compose on the PATH; only the structural checks ran');
  });

  const cases = clis.flatMap((cli) => PROFILE_SETS.map((profiles) => ({ cli, profiles, label: `${cli.name}, profiles: ${profiles.join(' ') || '(none)'}` })));
  it.each(cases)('accepts the file: $label', ({ cli, profiles }) => {
    const check = composeConfig(cli, root, profiles, minimalEnv);
    expect(check.output).toBe('');
    expect(check.ok).toBe(true);
  });

  it.each(clis.map((cli) => ({ cli, label: cli.name })))('refuses to render without the encryption key, naming it: $label', ({ cli }) => {
    const check = composeConfig(cli, root, [], {});
    expect(check.ok).toBe(false);
    expect(check.output).toContain('set ENCRYPTION_KEY');
  });
});
