import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode, TERMINAL_SCAN_STATUSES } from '@trueconfig/common';
import { DataSource, EntityManager } from 'typeorm';
import { ScanEntity } from './scan.entity';

/** What a worker does with a job message. */
export type ScanClaim =
  | { kind: 'run'; scan: ScanEntity }
  | { kind: 'wait'; reason: string }
  | { kind: 'ignore'; reason: string }
  | { kind: 'missing' };

const UNIQUE_VIOLATION = '23505';

/**
 * Decides, under the scan row's lock, whether a delivered job runs: a finished scan's job is ignored
 * (a redelivery after the end), a scan waiting behind a running one waits, a scan that keeps killing
 * its workers is given up after `maxAttempts`, and anything else becomes RUNNING (again, if a worker
 * died: the new attempt starts over and its writes overwrite, never add).
 */
@Injectable()
export class ScanClaimStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async claim(scanId: string, maxAttempts: number): Promise<ScanClaim> {
    try {
      return await this.dataSource.transaction((db) => this.claimIn(db, scanId, maxAttempts));
    } catch (error) {
      // Promoting a waiting scan raced another scan of the tenant into the active slot.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return { kind: 'wait', reason: 'another scan of the tenant became active' };
      throw error;
    }
  }

  private async claimIn(db: EntityManager, scanId: string, maxAttempts: number): Promise<ScanClaim> {
    const scans = db.getRepository(ScanEntity);
    const scan = await scans.createQueryBuilder('scan').setLock('pessimistic_write').where('scan.id = :scanId', { scanId }).getOne();
    if (!scan) return { kind: 'missing' };
    if (TERMINAL_SCAN_STATUSES.includes(scan.status)) return { kind: 'ignore', reason: `already ${scan.status}` };
    if (scan.queuedBehind) {
      const ahead = await scans.findOneBy({ id: scan.queuedBehind });
      if (ahead && !TERMINAL_SCAN_STATUSES.includes(ahead.status)) return { kind: 'wait', reason: `waiting behind scan ${ahead.id}` };
      await scans.update({ id: scanId }, { queuedBehind: null });
    }
    if (scan.attempts >= maxAttempts) {
      await this.giveUp(db, scanId, maxAttempts);
      return { kind: 'ignore', reason: `given up after ${maxAttempts} attempts` };
    }
    await scans.update({ id: scanId }, { status: 'RUNNING' as ScanEntity['status'], attempts: scan.attempts + 1, phase: 'starting', updatedAt: new Date() });
    return { kind: 'run', scan: { ...scan, attempts: scan.attempts + 1 } };
  }

  private async giveUp(db: EntityManager, scanId: string, maxAttempts: number): Promise<void> {
    const error = { code: ErrorCode.INTERNAL, message: `The scan was given up after ${maxAttempts} attempts: each scanner running it stopped. See the scanner log.` };
    await db.query(
      `UPDATE scanner.scans SET status = 'FAILED', error = $2::jsonb, phase = 'finished', progress = 100, finished_at = now(), updated_at = now() WHERE id = $1`,
      [scanId, JSON.stringify(error)],
    );
  }
}
