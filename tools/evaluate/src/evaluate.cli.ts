import { readFileSync } from 'node:fs';
import { rerunTrustingCa } from './export/extra-ca';
import { parseArgs } from './parse-args';
import { runEvaluate } from './run-evaluate';

/** `npm run evaluate -- --snapshot tenant.json [--json]` / `--list [--json|--markdown]` / `--export tenant.json …`. */
async function main(argv: readonly string[]): Promise<number> {
  const command = parseArgs(argv);
  if (command.kind === 'export' && command.options.caFile) {
    const rerun = rerunTrustingCa(command.options.caFile);
    if (rerun !== null) return rerun;
  }
  const outcome = await runEvaluate(argv, (path) => readFileSync(path, 'utf8'), process.env);
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  return outcome.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`evaluate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
