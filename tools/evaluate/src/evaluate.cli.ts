import { readFileSync } from 'node:fs';
import { runEvaluate } from './run-evaluate';

/** `npm run evaluate -- --snapshot tenant.json [--json]` / `--list [--json|--markdown]`. */
const outcome = runEvaluate(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
