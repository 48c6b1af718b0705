export interface PrometheusSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+-?\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;
const COMMENT = /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]*( .*)?$/;

/** Parses Prometheus text exposition (format 0.0.4); any line that is not valid throws, naming it. */
export function parsePrometheusText(text: string): PrometheusSample[] {
  const samples: PrometheusSample[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line === '' || COMMENT.test(line)) continue;
    const match = line.match(SAMPLE);
    const value = match ? sampleValue(match[3]) : undefined;
    if (!match || value === undefined) throw new Error(`line ${index + 1} is not Prometheus text: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, raw] of (match[2] ?? '').matchAll(LABEL)) labels[key] = raw.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    samples.push({ name: match[1], labels, value });
  }
  return samples;
}

/** A float as Prometheus reads it (Go's ParseFloat: `NaN`, `+Inf`, `-Inf` in any case; prom-client writes `Nan`). */
function sampleValue(text: string): number | undefined {
  if (/^nan$/i.test(text)) return NaN;
  const infinity = text.match(/^([+-]?)inf(inity)?$/i);
  if (infinity) return infinity[1] === '-' ? -Infinity : Infinity;
  const value = Number(text);
  return Number.isNaN(value) ? undefined : value;
}

/** The samples of one metric whose labels include `labels`. */
export function samplesOf(samples: PrometheusSample[], name: string, labels: Record<string, string> = {}): PrometheusSample[] {
  return samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
}
