import { ScanDto, TenantDto } from '@trueconfig/common';
import { ControlDescription, formatReferences, resultsCsv, resultsHtml, tenantScore } from '@trueconfig/controls';
import { ReportFormat } from './report-file';

/** A scan's report in one format; JSON carries the scan, the score and each result with its control's data. */
export function renderScanReport(format: ReportFormat, scan: ScanDto, tenant: Pick<TenantDto, 'id' | 'displayName'>, catalog: readonly ControlDescription[]): string {
  if (format === 'csv') return resultsCsv(scan.results, catalog);
  if (format === 'html') return resultsHtml(scan.results, catalog, { tenantName: tenant.displayName, capturedAt: scan.finishedAt ?? scan.startedAt });
  const byId = new Map(catalog.map((c) => [c.id, c]));
  const report = {
    tenant: { id: tenant.id, displayName: tenant.displayName },
    scan: { id: scan.id, status: scan.status, trigger: scan.trigger, startedAt: scan.startedAt, finishedAt: scan.finishedAt, warnings: scan.warnings },
    score: tenantScore(scan.results, catalog),
    results: scan.results.map((result) => {
      const control = byId.get(result.controlId);
      return { ...result, severity: control?.severity ?? null, level: control?.level ?? null, references: control ? formatReferences(control.references) : '' };
    }),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
