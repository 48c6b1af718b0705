import { ScanProgressEvent, ScanStatus } from '@trueconfig/common';

const STATUSES = new Set<string>(Object.values(ScanStatus));

/**
 * Reads a progress event off NATS. Accepts the bare JSON event, or one wrapped in Nest's
 * `{pattern, data}` envelope (a publisher using ClientProxy.emit); anything else is null. Optional
 * per-dataset figures are kept only when they are whole non-negative numbers.
 */
export function parseScanProgressEvent(bytes: Uint8Array): ScanProgressEvent | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return null;
  }
  const event = isRecord(parsed) && 'pattern' in parsed && isRecord(parsed.data) ? parsed.data : parsed;
  if (!isRecord(event)) return null;
  const { orgId, scanId, tenantId, status, percent } = event;
  if (!isText(orgId) || !isText(scanId) || !isText(tenantId) || !isText(status) || !STATUSES.has(status)) return null;
  return {
    ...(isText(event.id) ? { id: event.id } : {}),
    orgId,
    scanId,
    tenantId,
    status: status as ScanStatus,
    percent: typeof percent === 'number' && Number.isFinite(percent) ? percent : 0,
    phase: isText(event.phase) ? event.phase : '',
    message: isText(event.message) ? event.message : '',
    at: isText(event.at) ? event.at : new Date().toISOString(),
    ...datasetFigures(event),
  };
}

function datasetFigures(event: Record<string, unknown>): Partial<ScanProgressEvent> {
  if (!isText(event.dataset)) return {};
  return {
    dataset: event.dataset,
    pagesRead: count(event.pagesRead) ?? undefined,
    rowsRead: count(event.rowsRead) ?? undefined,
    expectedRows: count(event.expectedRows),
    datasetPercent: count(event.datasetPercent),
  };
}

function count(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}
