import { loadavg } from 'node:os';

export interface LoadFigures {
  /** The 1-minute load average, sampled every few seconds while the benchmarks ran. */
  mean: number;
  max: number;
}

/** Samples the machine's load while the benchmarks run: far above the core count, other work skewed them. */
export function startLoadSampler(everyMs = 5000): () => LoadFigures {
  const samples = [loadavg()[0]];
  const timer = setInterval(() => samples.push(loadavg()[0]), everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    samples.push(loadavg()[0]);
    const round = (value: number) => Math.round(value * 10) / 10;
    return { mean: round(samples.reduce((sum, s) => sum + s, 0) / samples.length), max: round(Math.max(...samples)) };
  };
}
