import { ControlStatus, ScanDto, ScanStatus, ScanTrigger } from '@trueconfig/common';
import { CONTROL_DESCRIPTIONS } from '../controls/control-catalog';
import { renderScanReport } from './scan-report';

const scan: ScanDto = {
  id: 's1',
  orgId: 'o',
  tenantId: 't1',
  status: ScanStatus.SUCCEEDED,
  trigger: ScanTrigger.MANUAL,
  phase: 'finished',
  progress: 100,
  startedAt: '2026-11-27T10:00:00.000Z',
  finishedAt: '2026-11-27T10:01:00.000Z',
  warnings: [],
  error: null,
  results: [
    { controlId: 'CA-01', title: 'Legacy authentication blocked', status: ControlStatus.PASS, summary: 'Blocked.', metric: null, affectedCount: 0, evidence: [] },
    {
      controlId: 'ID-01',
      title: 'Users with MFA registered',
      status: ControlStatus.FAIL,
      summary: '80% <b>registered</b>',
      metric: 80,
      affectedCount: 40,
      evidence: [{ kind: 'user', id: 'u1', displayName: 'Adele, "A"' }],
      acceptance: { state: 'active', reason: 'rollout', owner: 'ciso', expiresAt: '2027-01-01T00:00:00.000Z' },
    },
  ],
};
const tenant = { id: 't1', displayName: 'Contoso <Ltd>' };

describe('renderScanReport', () => {
  it('JSON: the scan, the score (accepted failures left out) and each result with its control data', () => {
    const report = JSON.parse(renderScanReport('json', scan, tenant, CONTROL_DESCRIPTIONS));
    expect(report.tenant).toEqual(tenant);
    expect(report.scan).toMatchObject({ id: 's1', status: 'SUCCEEDED' });
    expect(report.score).toMatchObject({ score: 100, judged: 1, excluded: 1 });
    expect(report.results[0]).toMatchObject({ controlId: 'CA-01', severity: 'critical', level: 'L1', references: expect.stringContaining('MS.AAD.1.1v1') });
    expect(report.results[1].acceptance).toMatchObject({ state: 'active' });
  });

  it('CSV: a header and one quoted row per result', () => {
    const lines = renderScanReport('csv', scan, tenant, CONTROL_DESCRIPTIONS).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^controlId,title,severity/);
    expect(lines[2]).toContain('"Adele, ""A"""');
  });

  it('HTML: self-contained, escaped, naming the tenant', () => {
    const html = renderScanReport('html', scan, tenant, CONTROL_DESCRIPTIONS);
    expect(html).toContain('Contoso &lt;Ltd&gt;');
    expect(html).toContain('80% &lt;b&gt;registered&lt;/b&gt;');
    expect(html).not.toMatch(/<script|<link|src=/);
  });
});
