import fc from 'fast-check';
import { codesIn, problemWith } from './answer-check';
import { send } from './abuse-context';
import { fuzzCase } from './fuzz-cases';

export interface FuzzReport {
  requests: number;
  byOutcome: Record<string, number>;
  ms: number;
}

/**
 * `runs` batches of `batch` requests sent at once, each with the next key of the pool. Fails with the
 * seed, the fast-check path and the offending request, so `FUZZ_SEED=<seed>` repeats the run.
 */
export async function runFuzz(keys: string[], seed: number, runs: number, batch: number): Promise<FuzzReport> {
  const report: FuzzReport = { requests: 0, byOutcome: {}, ms: 0 };
  const started = Date.now();
  let turn = 0;
  const property = fc.asyncProperty(fc.array(fuzzCase, { minLength: batch, maxLength: batch }), async (cases) => {
    const answers = await Promise.all(cases.map((c) => send(c, keys[turn++ % keys.length])));
    answers.forEach((answer, i) => {
      report.requests++;
      const outcome = `${answer.status} ${codesIn(answer.text).sort().join(',') || 'data'}`;
      report.byOutcome[outcome] = (report.byOutcome[outcome] ?? 0) + 1;
      const problem = problemWith(answer);
      if (problem) {
        const body = (cases[i].body ?? cases[i].search ?? '').slice(0, 400);
        throw new Error(`${problem} for "${cases[i].label}" ${cases[i].method} ${body}\n→ ${answer.text.slice(0, 600)}`);
      }
    });
  });
  const result = await fc.check(property, { seed, numRuns: runs, endOnFailure: true });
  report.ms = Date.now() - started;
  if (result.failed) {
    throw new Error(`fuzz failed (seed ${result.seed}, path "${result.counterexamplePath}"): ${String(result.errorInstance).slice(0, 2000)}`);
  }
  return report;
}
