import { ResultView } from './demo-types';
import { formatTable } from './format-table';

/** The demo's terminal width budget for the all-controls table. */
export const SUMMARY_WIDTH = 160;
const STATUS_ORDER = ['PASS', 'FAIL', 'WARN', 'DEGRADED', 'NOT_APPLICABLE', 'ERROR'];
const ID_WIDTH = 5;
const TITLE_WIDTH = 48;
const STATUS_WIDTH = 14;

/** Shortens text to `width` characters, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** Every control of one scan, one line each (id, title, status, summary), cut to fit SUMMARY_WIDTH columns, then counts by status. */
export function controlsSummary(results: readonly ResultView[]): string {
  const summaryWidth = SUMMARY_WIDTH - ID_WIDTH - TITLE_WIDTH - STATUS_WIDTH - 3 * 2;
  const table = formatTable(
    ['id', 'title', 'status', 'summary'],
    results.map((r) => [r.controlId, truncate(r.title, TITLE_WIDTH), r.status, truncate(r.summary.replace(/\s+/g, ' '), summaryWidth)]),
  );
  return `${table}\n\n${statusCounts(results)}`;
}

/** "53 controls: 20 PASS, 25 FAIL, …" in a fixed status order, statuses with no result left out. */
export function statusCounts(results: readonly ResultView[]): string {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const order = [...STATUS_ORDER, ...[...counts.keys()].filter((s) => !STATUS_ORDER.includes(s))];
  const parts = order.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  return `${results.length} controls: ${parts.join(', ')}`;
}
