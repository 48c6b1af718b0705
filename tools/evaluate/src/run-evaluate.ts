import { describeControl, ENTRA_CATALOG, evaluateSnapshot, TenantSnapshot } from '@trueconfig/controls';
import { runExport } from './export/run-export';
import { parseArgs, USAGE } from './parse-args';
import { renderCatalog, renderResults } from './render-results';

export interface CliOutcome {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The whole CLI without stdout/stderr: arguments, a file reader and the environment in, text and an exit code out. */
export async function runEvaluate(argv: readonly string[], readFile: (path: string) => string, env: NodeJS.ProcessEnv = {}): Promise<CliOutcome> {
  const command = parseArgs(argv);
  const catalog = ENTRA_CATALOG.map(describeControl);
  switch (command.kind) {
    case 'help':
      return { stdout: `${USAGE}\n`, stderr: '', exitCode: 0 };
    case 'invalid':
      return { stdout: '', stderr: `evaluate: ${command.message}\n\n${USAGE}\n`, exitCode: 2 };
    case 'list':
      return { stdout: renderCatalog(catalog, command.format), stderr: '', exitCode: 0 };
    case 'export':
      return runExport(command.options, env, readFile);
    case 'evaluate': {
      const snapshot = readSnapshot(command.snapshot, readFile);
      if (typeof snapshot === 'string') return { stdout: '', stderr: `evaluate: ${snapshot}\n`, exitCode: 1 };
      const results = evaluateSnapshot(snapshot);
      const tenant = { name: command.snapshot, capturedAt: snapshot._meta?.capturedAt ?? 'unknown' };
      return { stdout: renderResults(results, catalog, command.format, tenant), stderr: '', exitCode: 0 };
    }
  }
}

function readSnapshot(path: string, readFile: (path: string) => string): TenantSnapshot | string {
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    return `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return `${path} is not a snapshot: expected one JSON object keyed by Graph paths`;
    return parsed as TenantSnapshot;
  } catch (error) {
    return `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
}
