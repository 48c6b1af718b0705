import { accessSync, constants, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { classifyTokenError, redactSecret } from '@trueconfig/common';
import { readClientSecret } from './client-secret';
import { ExportOptions } from './export-options';
import { connectToGraph, TokenFailure } from './graph-connection';
import { readTenantSnapshot } from './read-tenant-snapshot';

export interface ExportOutcome {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * `--export`: token first (a refused one writes nothing and gets the connector's diagnosis), then every
 * dataset, then the file, written whole or not at all. The secret is never printed nor written.
 */
export async function runExport(options: ExportOptions, env: NodeJS.ProcessEnv, readFile: (path: string) => string): Promise<ExportOutcome> {
  const read = readClientSecret(options, env, readFile);
  if ('problem' in read) return failed(read.problem, 2);
  const { secret } = read;
  const unwritable = writeProblem(options.file);
  if (unwritable) return failed(unwritable, 1);
  try {
    const { client, grantedPermissions } = await connectToGraph(options, secret);
    const exported = await readTenantSnapshot(client, grantedPermissions);
    const text = `${JSON.stringify(exported.snapshot, null, 2)}\n`;
    if (text.includes(secret)) return failed('the snapshot would contain the client secret; nothing was written', 1);
    writeWhole(options.file, text);
    const datasets = Object.keys(exported.snapshot).length - 1;
    const lines = [
      `Exported tenant ${options.tenant} to ${options.file}: ${datasets} datasets, ${exported.rows} rows, licence ${exported.snapshot._meta?.licence ?? 'unknown'}, ${grantedPermissions.length} permissions granted.`,
      ...(exported.unavailable.length > 0 ? [`Unavailable (${exported.unavailable.length}):`, ...exported.unavailable.map((u) => `  ${u}`)] : []),
      `Evaluate it offline: npm run evaluate -- --snapshot ${options.file}`,
    ];
    return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: 0 };
  } catch (error) {
    return failed(describeFailure(error, secret), 1);
  }
}

function describeFailure(error: unknown, secret: string): string {
  const diagnosis = error instanceof TokenFailure ? error.diagnosis : isTokenFailureInGraph(error) ? classifyTokenError(error, { secret }) : null;
  if (diagnosis) {
    const steps = diagnosis.remediation.map((step) => `  - ${step}`).join('\n');
    return `no access token (${diagnosis.errorCode}): ${diagnosis.message}${steps ? `\n${steps}` : ''}\nNothing was written.`;
  }
  return `export failed: ${redactSecret(error instanceof Error ? error.message : String(error), secret)}\nNothing was written.`;
}

/** The Graph client reports a token that could not be renewed mid-export as status -1. */
function isTokenFailureInGraph(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { statusCode?: unknown }).statusCode === -1;
}

/** Checked before anything is read, so a long export does not end on a typo in the path. */
function writeProblem(file: string): string | null {
  try {
    accessSync(dirname(resolve(file)), constants.W_OK);
    return null;
  } catch (error) {
    return `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? 'not writable'}`;
  }
}

function writeWhole(file: string, text: string): void {
  const partial = `${file}.partial`;
  try {
    writeFileSync(partial, text, { mode: 0o600 });
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

function failed(message: string, exitCode: number): ExportOutcome {
  return { stdout: '', stderr: `evaluate: ${message}\n`, exitCode };
}
