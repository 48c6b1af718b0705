import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from './workspace-root';

/** A built entry point of a project; a missing build fails at once and says how to build it. */
export function builtScript(project: string, script: string): string {
  const path = join(workspaceRoot(), project, 'dist', script);
  if (!existsSync(path)) throw new Error(`${project}/dist/${script} is missing: run npx tsc -b ${project} first`);
  return path;
}
