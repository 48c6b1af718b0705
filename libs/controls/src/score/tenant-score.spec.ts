import { ControlStatus } from '@trueconfig/common';
import { EvaluatedControlResult } from '../acceptance/evaluated-control-result';
import { tenantScore } from './tenant-score';

const catalog = [
  { id: 'C', severity: 'critical' as const },
  { id: 'H', severity: 'high' as const },
  { id: 'M', severity: 'medium' as const },
  { id: 'L', severity: 'low' as const },
];
const result = (controlId: string, status: ControlStatus, extra: Partial<EvaluatedControlResult> = {}): EvaluatedControlResult => ({ controlId, title: controlId, status, summary: '', metric: null, affectedCount: 0, evidence: [], ...extra });

describe('tenantScore', () => {
  it('weights by severity: PASS full, WARN half, FAIL nothing', () => {
    const score = tenantScore([result('C', ControlStatus.PASS), result('H', ControlStatus.FAIL), result('M', ControlStatus.WARN), result('L', ControlStatus.PASS)], catalog);
    expect(score).toEqual({ score: 65.8, earned: 12.5, possible: 19, judged: 4, excluded: 0 });
  });

  it('leaves out results that say nothing about posture, and accepted failures', () => {
    const accepted = result('H', ControlStatus.FAIL, { acceptance: { state: 'active', reason: 'r', owner: 'o', expiresAt: '2099-01-01' } });
    const expired = result('L', ControlStatus.FAIL, { acceptance: { state: 'expired', reason: 'r', owner: 'o', expiresAt: '2000-01-01' } });
    const score = tenantScore([result('C', ControlStatus.PASS), accepted, result('M', ControlStatus.DEGRADED), expired, result('X', ControlStatus.ERROR), result('Y', ControlStatus.NOT_APPLICABLE)], catalog);
    expect(score).toMatchObject({ score: 90.9, possible: 11, judged: 2, excluded: 4 });
  });

  it('is null when nothing could be judged', () => {
    expect(tenantScore([result('C', ControlStatus.ERROR)], catalog).score).toBeNull();
  });
});
