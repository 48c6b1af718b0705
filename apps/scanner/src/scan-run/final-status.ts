import { ControlResultDto, ControlStatus, ScanStatus } from '@trueconfig/common';

/** A scan with unavailable datasets still finishes: PARTIAL, not FAILED. */
export function finalStatus(warnings: readonly string[]): ScanStatus {
  return warnings.length > 0 ? ScanStatus.PARTIAL : ScanStatus.SUCCEEDED;
}

export type ResultCounts = Record<ControlStatus, number>;

export function countResults(results: readonly ControlResultDto[]): ResultCounts {
  const counts = Object.fromEntries(Object.values(ControlStatus).map((s) => [s, 0])) as ResultCounts;
  for (const result of results) counts[result.status]++;
  return counts;
}

/** "1 control evaluated: 1 DEGRADED; 1 warning". */
export function describeOutcome(results: readonly ControlResultDto[], warnings: readonly string[]): string {
  const counts = Object.entries(countResults(results))
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`);
  const controls = `${results.length} control${results.length === 1 ? '' : 's'} evaluated${counts.length ? `: ${counts.join(', ')}` : ''}`;
  return warnings.length > 0 ? `${controls}; ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : controls;
}
