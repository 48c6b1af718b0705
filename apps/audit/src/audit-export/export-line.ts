import { AuditEventDto } from '@trueconfig/common';

export const CSV_COLUMNS = ['id', 'at', 'level', 'service', 'code', 'tenantId', 'scanId', 'actor', 'message', 'details'] as const;

export const CSV_HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

/** One RFC 4180 line. A cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with '. */
export function csvLine(event: AuditEventDto): string {
  const cells = CSV_COLUMNS.map((column) => {
    const value = event[column];
    if (value === null || value === undefined) return '';
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function jsonLine(event: AuditEventDto): string {
  const { orgId: _orgId, ...line } = event;
  return `${JSON.stringify(line)}\n`;
}

function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
