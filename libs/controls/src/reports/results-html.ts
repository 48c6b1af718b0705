import { ControlStatus } from '@trueconfig/common';
import { EvaluatedControlResult } from '../acceptance/evaluated-control-result';
import { ControlDescription } from '../model/control-definition';
import { tenantScore } from '../score/tenant-score';
import { formatReferences } from './format-references';

export interface HtmlReportOptions {
  tenantName: string;
  capturedAt: string;
}

const COLOURS: Record<ControlStatus, string> = {
  PASS: '#1a7f37',
  FAIL: '#cf222e',
  WARN: '#9a6700',
  DEGRADED: '#8250df',
  NOT_APPLICABLE: '#6e7781',
  ERROR: '#bc4c00',
};

/** A self-contained HTML report (inline CSS, no scripts, every value escaped). */
export function resultsHtml(results: readonly EvaluatedControlResult[], catalog: readonly ControlDescription[], options: HtmlReportOptions): string {
  const byId = new Map(catalog.map((c) => [c.id, c]));
  const score = tenantScore(results, catalog);
  const counts = Object.values(ControlStatus).map((s) => `${s} ${results.filter((r) => r.status === s).length}`).join(' · ');
  const rows = results.map((r) => row(r, byId.get(r.controlId))).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TrueConfig report — ${esc(options.tenantName)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem;color:#1f2328}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #d0d7de;padding:.4rem;text-align:left;vertical-align:top}.s{color:#fff;border-radius:4px;padding:0 .4rem;font-weight:600}small{color:#57606a}</style>
</head><body>
<h1>TrueConfig report — ${esc(options.tenantName)}</h1>
<p>Captured ${esc(options.capturedAt)} · Score ${score.score === null ? 'n/a' : `${score.score}/100`} · ${esc(counts)}</p>
<table><thead><tr><th>Control</th><th>Status</th><th>Summary</th><th>Evidence</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>
`;
}

function row(result: EvaluatedControlResult, control?: ControlDescription): string {
  const accepted = result.acceptance?.state === 'active' ? ' <small>(accepted)</small>' : '';
  const refs = control ? `<br><small>${esc(formatReferences(control.references))}</small>` : '';
  const evidence = result.evidence.map((e) => `<li>${esc(e.displayName)}${e.detail ? ` — ${esc(e.detail)}` : ''}</li>`).join('');
  return `<tr><td><b>${esc(result.controlId)}</b> ${esc(result.title)}${refs}</td><td><span class="s" style="background:${COLOURS[result.status]}">${esc(result.status)}</span>${accepted}</td><td>${esc(result.summary)}</td><td><ul>${evidence}</ul></td></tr>`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
