import { ServiceReplica, waitFor } from '@trueconfig/launcher';
import { SCAN } from '../support/documents';
import { auditCodes, connectedTenant, finishedScan, query, resultRows, startScan, watchProgress } from './support/fault-scans';
import { FaultStack, startFaultStack } from './support/fault-stack';

/** A scanner SIGKILLed mid-scan: the job comes back after the ack wait (3 s here) and the scan ends once, complete. */
describe('fault: scanner killed mid-scan', () => {
  let f: FaultStack;
  let tenantId = '';
  let catalog: string[] = [];

  beforeAll(async () => {
    f = await startFaultStack({ replicas: { scanner: 2 } });
    tenantId = (await connectedTenant(f)).id;
    const baseline = await finishedScan(f, await startScan(f, tenantId));
    expect(baseline.status).toBe('SUCCEEDED');
    catalog = (await resultRows(f, baseline.id)).controls;
  });

  afterAll(() => f?.stop());

  it('finishes on the second replica when the one running the scan is SIGKILLed', async () => {
    await expectComplete(await killedMidScan(false));
  });

  it('with no replica left, waits and finishes once the scanner is started again', async () => {
    await expectComplete(await killedMidScan(true));
  });

  /** Slows Graph, starts a scan, SIGKILLs the scanner that claimed it; `restartAfterPause` when it was the last one. */
  async function killedMidScan(restartAfterPause: boolean): Promise<string> {
    const progress = watchProgress(f, tenantId);
    const faults = await Promise.all(['/v1.0/*', '/beta/*'].map((pathPattern) => f.control.addFault({ pathPattern, latencyMs: 400 })));
    const scanId = await startScan(f, tenantId);
    const victim = await runnerOf(scanId);
    victim.process.signal('SIGKILL');
    await victim.process.exited;
    await Promise.all(faults.map((fault) => f.control.removeFault(fault.faultId)));
    if (restartAfterPause) {
      expect(f.replicasOf('scanner').filter((r) => r.process.running)).toHaveLength(0);
      await new Promise((resolve) => setTimeout(resolve, 4000));
      // No scanner answers: the gateway says so at once, and the scan row stays RUNNING, waiting.
      const asked = await f.gql<{ scan: { status: string } }>(SCAN, { id: scanId });
      expect(asked.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      const [row] = await query<{ status: string }>(f, 'SELECT status FROM scanner.scans WHERE id = $1', [scanId]);
      expect(row.status).toBe('RUNNING');
      await f.restart(victim);
    }
    const scan = await finishedScan(f, scanId);
    expect(scan.status).toBe('SUCCEEDED');
    await waitFor('the final progress event', async () => progress.finals(scanId) > 0, 10000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(progress.finals(scanId)).toBe(1);
    await progress.close();
    return scanId;
  }

  /** The live replica whose log names the scan (it logs each dataset it reads). */
  async function runnerOf(scanId: string): Promise<ServiceReplica> {
    let runner: ServiceReplica | undefined;
    await waitFor('the replica running the scan', async () => {
      runner = f.replicasOf('scanner').find((r) => r.process.running && r.process.lines.some((l) => l.includes(scanId)));
      return runner !== undefined;
    }, 20000, { everyMs: 50 });
    return runner as ServiceReplica;
  }

  async function expectComplete(scanId: string): Promise<void> {
    const rows = await resultRows(f, scanId);
    expect(rows.total).toBe(catalog.length);
    expect(rows.controls).toEqual(catalog);
    const codes = await auditCodes(f, scanId);
    expect(codes.filter((c) => c === 'SCAN_STARTED').length).toBeLessThanOrEqual(1);
    expect(codes.filter((c) => c === 'SCAN_FINISHED')).toHaveLength(1);
    const [{ attempts }] = await query<{ attempts: number }>(f, 'SELECT attempts FROM scanner.scans WHERE id = $1', [scanId]);
    expect(attempts).toBeGreaterThanOrEqual(2);
  }
});
