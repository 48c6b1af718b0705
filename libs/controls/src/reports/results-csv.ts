import { EvaluatedControlResult } from '../acceptance/evaluated-control-result';
import { ControlDescription } from '../model/control-definition';
import { formatReferences } from './format-references';

const HEADER = ['controlId', 'title', 'severity', 'level', 'status', 'accepted', 'metric', 'affectedCount', 'summary', 'references', 'evidence'];

/** One CSV row per result (RFC 4180 quoting), evidence as "name (detail)" joined with " | ". */
export function resultsCsv(results: readonly EvaluatedControlResult[], catalog: readonly ControlDescription[]): string {
  const byId = new Map(catalog.map((c) => [c.id, c]));
  const rows = results.map((r) => {
    const control = byId.get(r.controlId);
    const evidence = r.evidence.map((e) => (e.detail ? `${e.displayName} (${e.detail})` : e.displayName)).join(' | ');
    return [r.controlId, r.title, control?.severity ?? '', control?.level ?? '', r.status, r.acceptance?.state === 'active' ? 'yes' : '', r.metric ?? '', r.affectedCount, r.summary, control ? formatReferences(control.references) : '', evidence];
  });
  return [HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: unknown): string {
  const text = String(value);
  return /[",\r\n]/.test(text) || /^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
