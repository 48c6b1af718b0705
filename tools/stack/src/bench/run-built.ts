import { spawn } from 'node:child_process';
import { builtScript, workspaceRoot } from '@trueconfig/launcher';

/** Runs a built bench entry point and returns what it printed (stdout and stderr), failing on a non-zero exit. */
export function runBuilt(project: string, script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [builtScript(project, script), ...args], { cwd: workspaceRoot(), env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${project}/${script} exited ${code}:\n${output}`))));
  });
}

/** The first number the pattern captures in `text`, or null. */
export function figure(text: string, pattern: RegExp): number | null {
  const match = text.match(pattern);
  return match ? Number(match[1].replace(/,/g, '')) : null;
}
