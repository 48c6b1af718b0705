import { JsMsg } from 'nats';
import { ScannerEnv } from '../config/scanner-env.schema';
import { ScanClaim, ScanClaimStore } from '../scan/scan-claim.store';
import { ScanEntity } from '../scan/scan.entity';
import { ScanExecutor } from '../scan-run/scan-executor';
import { MAX_SCAN_ATTEMPTS, ScanJobHandler } from './scan-job.handler';

const SCAN = '4b0c2bb4-5a7e-4f0e-9b1c-0a4f3f9b1c11';
const config = { SCAN_ACK_WAIT_SECONDS: 60, SCAN_QUEUE_RETRY_MS: 5000 } as ScannerEnv;

function message(body: unknown = { scanId: SCAN, orgId: 'o', tenantId: 't', trigger: 'MANUAL', actor: 'k' }, storedMsAgo = 0) {
  const calls: string[] = [];
  const msg = {
    seq: 1,
    redelivered: false,
    info: { timestampNanos: (Date.now() - storedMsAgo) * 1_000_000 },
    json: () => body,
    ackAck: jest.fn(async () => (calls.push('ack'), true)),
    nak: jest.fn((ms?: number) => calls.push(`nak ${ms}`)),
    term: jest.fn(() => calls.push('term')),
    working: jest.fn(),
  };
  return { msg: msg as unknown as JsMsg, calls };
}

function setup(claim: ScanClaim | Error, run: () => Promise<void> = async () => undefined) {
  const claims = { claim: jest.fn(() => (claim instanceof Error ? Promise.reject(claim) : Promise.resolve(claim))) };
  const executor = { run: jest.fn(run) };
  return { handler: new ScanJobHandler(config, claims as unknown as ScanClaimStore, executor as unknown as ScanExecutor), claims, executor };
}

describe('ScanJobHandler', () => {
  it('runs a claimed scan with its attempt number and acks only after it has ended', async () => {
    const { msg, calls } = message();
    const { handler, claims, executor } = setup({ kind: 'run', scan: { attempts: 2 } as ScanEntity }, async () => void calls.push('run'));
    await handler.handle(msg);
    expect(claims.claim).toHaveBeenCalledWith(SCAN, MAX_SCAN_ATTEMPTS);
    expect(executor.run).toHaveBeenCalledWith(expect.objectContaining({ scanId: SCAN }), 2);
    expect(calls).toEqual(['run', 'ack']);
  });

  it('acks and ignores a finished scan, re-offers a waiting one later, terminates garbage', async () => {
    const finished = message();
    await setup({ kind: 'ignore', reason: 'already SUCCEEDED' }).handler.handle(finished.msg);
    expect(finished.calls).toEqual(['ack']);
    const waiting = message();
    await setup({ kind: 'wait', reason: 'behind' }).handler.handle(waiting.msg);
    expect(waiting.calls).toEqual(['nak 5000']);
    const garbage = message({ hello: 'world' });
    await setup({ kind: 'wait', reason: 'x' }).handler.handle(garbage.msg);
    expect(garbage.calls).toEqual(['term']);
  });

  it('waits for a scan row not yet committed, and drops a job whose row never came', async () => {
    const fresh = message(undefined, 100);
    await setup({ kind: 'missing' }).handler.handle(fresh.msg);
    expect(fresh.calls).toEqual(['nak 1000']);
    const stale = message(undefined, 120_000);
    await setup({ kind: 'missing' }).handler.handle(stale.msg);
    expect(stale.calls).toEqual(['ack']);
  });

  it('leaves the job for redelivery when the database fails (no ack)', async () => {
    const { msg, calls } = message();
    await setup(new Error('connection refused')).handler.handle(msg);
    expect(calls).toEqual(['nak 5000']);
    const running = message();
    await setup({ kind: 'run', scan: { attempts: 1 } as ScanEntity }, () => Promise.reject(new Error('db down'))).handler.handle(running.msg);
    expect(running.calls).toEqual(['nak 5000']);
  });
});
