import { ExportOptions, parseExportArgs } from './export/export-options';

export type OutputFormat = 'table' | 'json' | 'csv' | 'html' | 'markdown';

export type EvaluateCommand =
  | { kind: 'evaluate'; snapshot: string; format: OutputFormat }
  | { kind: 'list'; format: OutputFormat }
  | { kind: 'export'; options: ExportOptions }
  | { kind: 'help' }
  | { kind: 'invalid'; message: string };

export const USAGE = `Usage:
  npm run evaluate -- --snapshot tenant.json [--json | --csv | --html]
  npm run evaluate -- --list [--json | --markdown]
  npm run evaluate -- --export tenant.json --tenant <tenantId> --client-id <appId>
                      [--client-secret-file <path>] [--authority-host <url>] [--graph-url <url>] [--ca-file <pem>]

Evaluates the TrueConfig control catalog over a tenant snapshot (DESIGN.md, "Tenant snapshot format")
and prints a table (default), a JSON array, CSV or a self-contained HTML report.
--list prints the catalog (ids, titles, references, needs) as a table, JSON array or Markdown table.
--export reads a live tenant through Microsoft Graph (app-only, the six read permissions) and writes the
snapshot --snapshot reads. The secret comes from --client-secret-file or AZURE_CLIENT_SECRET, never argv.`;

const FORMAT_FLAGS: Record<string, OutputFormat> = { '--json': 'json', '--csv': 'csv', '--html': 'html', '--markdown': 'markdown', '--table': 'table' };

/** Reads the command line (without node and the script); every mistake names the flag and the fix. */
export function parseArgs(argv: readonly string[]): EvaluateCommand {
  if (argv.some((arg) => arg === '--export' || arg.startsWith('--export='))) return parseExportArgs(argv);
  let snapshot: string | null = null;
  let list = false;
  let format: OutputFormat = 'table';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--list') list = true;
    else if (arg === '--snapshot') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) return { kind: 'invalid', message: '--snapshot needs a file: --snapshot tenant.json' };
      snapshot = value;
    } else if (arg.startsWith('--snapshot=')) snapshot = arg.slice('--snapshot='.length);
    else if (arg in FORMAT_FLAGS) format = FORMAT_FLAGS[arg];
    else return { kind: 'invalid', message: `unknown argument ${arg}` };
  }
  if (list && snapshot) return { kind: 'invalid', message: 'use either --list or --snapshot, not both' };
  if (list) return format === 'csv' || format === 'html' ? { kind: 'invalid', message: '--list prints a table, --json or --markdown' } : { kind: 'list', format };
  if (!snapshot) return { kind: 'invalid', message: 'missing --snapshot tenant.json (or --list)' };
  if (format === 'markdown') return { kind: 'invalid', message: '--markdown applies to --list only' };
  return { kind: 'evaluate', snapshot, format };
}
