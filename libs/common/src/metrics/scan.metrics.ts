import { Counter, Gauge, Histogram } from 'prom-client';
import { metricsRegistry } from './metrics-registry';

export const scansStartedTotal = new Counter({
  name: 'trueconfig_scans_started_total',
  help: 'Scans this replica started running, by trigger (manual, scheduled, ...).',
  labelNames: ['trigger'],
  registers: [metricsRegistry],
});

export const scansFinishedTotal = new Counter({
  name: 'trueconfig_scans_finished_total',
  help: 'Scans this replica finished, by outcome (the scan status: SUCCEEDED, FAILED, ...) and trigger.',
  labelNames: ['outcome', 'trigger'],
  registers: [metricsRegistry],
});

export const scanDuration = new Histogram({
  name: 'trueconfig_scan_duration_seconds',
  help: 'Wall time of scans this replica ran, by outcome.',
  labelNames: ['outcome'],
  buckets: [1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600],
  registers: [metricsRegistry],
});

export const scansInProgress = new Gauge({
  name: 'trueconfig_scans_in_progress',
  help: 'Scans this replica is running now.',
  registers: [metricsRegistry],
});

export function recordScanStarted(trigger: string): void {
  scansStartedTotal.inc({ trigger });
  scansInProgress.inc();
}

/** Call once per started scan, whatever its end (including handing it back on shutdown: outcome `RELEASED`). */
export function recordScanFinished(outcome: string, trigger: string, durationMs: number): void {
  scansFinishedTotal.inc({ outcome, trigger });
  scanDuration.observe({ outcome }, durationMs / 1000);
  scansInProgress.dec();
}
