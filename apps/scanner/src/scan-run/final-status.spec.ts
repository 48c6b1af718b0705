import { ControlResultDto, ControlStatus, ScanStatus } from '@trueconfig/common';
import { countResults, describeOutcome, finalStatus } from './final-status';

const result = (status: ControlStatus): ControlResultDto => ({ controlId: 'ID-01', title: 't', status, summary: 's', metric: null, affectedCount: 0, evidence: [] });

describe('final status', () => {
  it('is PARTIAL when a dataset was unavailable, SUCCEEDED otherwise', () => {
    expect(finalStatus(['MFA registration fetch failed (requires Reports.Read.All)'])).toBe(ScanStatus.PARTIAL);
    expect(finalStatus([])).toBe(ScanStatus.SUCCEEDED);
  });

  it('counts results by status and describes the outcome', () => {
    const results = [result(ControlStatus.DEGRADED), result(ControlStatus.PASS), result(ControlStatus.PASS)];
    expect(countResults(results)).toMatchObject({ PASS: 2, DEGRADED: 1, FAIL: 0 });
    expect(describeOutcome(results, ['w'])).toBe('3 controls evaluated: 2 PASS, 1 DEGRADED; 1 warning');
    expect(describeOutcome([], [])).toBe('0 controls evaluated');
  });
});
