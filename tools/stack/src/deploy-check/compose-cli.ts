import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A Compose implementation on this machine: v2 (`docker compose`) or v1 (`docker-compose`). */
export interface ComposeCli {
  name: string;
  command: string;
  args: string[];
}

const CANDIDATES: ComposeCli[] = [
  { name: 'Compose v2 (docker compose)', command: 'docker', args: ['compose'] },
  { name: 'docker-compose v1', command: 'docker-compose', args: [] },
];

/** Every Compose on the PATH that answers `version` (neither needs a Docker engine for `config`). */
export function availableComposeClis(): ComposeCli[] {
  return CANDIDATES.filter((cli) => spawnSync(cli.command, [...cli.args, 'version'], { encoding: 'utf8' }).status === 0);
}

export interface ComposeCheck {
  ok: boolean;
  output: string;
}

/**
 * `compose -f <file> [--profile p…] config -q`: the implementation's own validation of the file
 * (schema, interpolation, references), with only `env` set and an empty env file, so a developer's
 * `.env` or shell cannot change the verdict.
 */
export function composeConfig(cli: ComposeCli, root: string, profiles: string[], env: Record<string, string>): ComposeCheck {
  const emptyEnvFile = join(mkdtempSync(join(tmpdir(), 'compose-env-')), 'empty.env');
  writeFileSync(emptyEnvFile, '');
  const args = [...cli.args, '--env-file', emptyEnvFile, '-f', join(root, 'docker-compose.yml'), ...profiles.flatMap((p) => ['--profile', p]), 'config', '-q'];
  const result = spawnSync(cli.command, args, { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env } });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}
