import { badInput, isGuid } from '@trueconfig/common';

export type ReportFormat = 'json' | 'csv' | 'html';

const FORMATS: readonly ReportFormat[] = ['json', 'csv', 'html'];

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** `<scanId>.<json|csv|html>`, each problem naming the part at fault. */
export function parseReportFile(file: string): { scanId: string; format: ReportFormat } {
  const dot = file.lastIndexOf('.');
  const scanId = dot < 0 ? file : file.slice(0, dot);
  const format = dot < 0 ? '' : file.slice(dot + 1).toLowerCase();
  if (!isGuid(scanId)) throw badInput('scanId', 'scanId must be a scan id (a UUID) returned by this API, e.g. /reports/scans/<scanId>.html.');
  if (!FORMATS.includes(format as ReportFormat)) throw badInput('format', 'Ask for the report as <scanId>.json, <scanId>.csv or <scanId>.html.');
  return { scanId, format: format as ReportFormat };
}
