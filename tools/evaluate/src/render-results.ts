import { catalogMarkdown, ControlDescription, EvaluatedControlResult, formatReferences, resultsCsv, resultsHtml, tenantScore } from '@trueconfig/controls';
import { OutputFormat } from './parse-args';
import { renderTable } from './render-table';

/** The JSON shape DESIGN.md fixes for `--json`, plus the acceptance when one applies. */
export function resultsJson(results: readonly EvaluatedControlResult[]): string {
  const rows = results.map(({ controlId, status, metric, summary, affectedCount, evidence, acceptance }) => ({
    controlId,
    status,
    metric,
    summary,
    affectedCount,
    evidence,
    ...(acceptance ? { acceptance } : {}),
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

export function renderResults(results: readonly EvaluatedControlResult[], catalog: readonly ControlDescription[], format: OutputFormat, tenant: { name: string; capturedAt: string }): string {
  if (format === 'json') return resultsJson(results);
  if (format === 'csv') return resultsCsv(results, catalog);
  if (format === 'html') return resultsHtml(results, catalog, { tenantName: tenant.name, capturedAt: tenant.capturedAt });
  const rows = results.map((r) => [r.controlId, r.status + (r.acceptance?.state === 'active' ? ' (accepted)' : ''), r.metric === null ? '' : String(r.metric), r.summary]);
  const score = tenantScore(results, catalog);
  const counts = [...new Set(results.map((r) => r.status))].map((s) => `${s} ${results.filter((r) => r.status === s).length}`).join(', ');
  return `${renderTable(['control', 'status', 'metric', 'summary'], rows, 110)}\n${results.length} controls: ${counts}. Score ${score.score ?? 'n/a'}/100 (severity-weighted).\n`;
}

/** `--list`: ids, titles, references and needs. */
export function renderCatalog(catalog: readonly ControlDescription[], format: OutputFormat): string {
  if (format === 'markdown') return catalogMarkdown(catalog);
  if (format === 'json') {
    const rows = catalog.map((c) => ({ id: c.id, title: c.title, severity: c.severity, level: c.level, references: c.references, datasets: c.datasets, permissions: c.permissions, licence: c.licence }));
    return `${JSON.stringify(rows, null, 2)}\n`;
  }
  return renderTable(['id', 'title', 'references', 'licence'], catalog.map((c) => [c.id, c.title, formatReferences(c.references), c.licence]), 70);
}
