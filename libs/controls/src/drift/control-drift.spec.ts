import { ControlResultDto, ControlStatus } from '@trueconfig/common';
import { computeDrift, DirectoryAuditEntry } from './control-drift';

const result = (controlId: string, status: ControlStatus, evidenceIds: string[] = []): ControlResultDto => ({
  controlId,
  title: `Control ${controlId}`,
  status,
  summary: '',
  metric: null,
  affectedCount: 0,
  evidence: evidenceIds.map((id) => ({ kind: 'conditionalAccessPolicy', id, displayName: id })),
});

const audit = (id: string, activityDisplayName: string, at: string, targetId: string, actor = 'admin@contoso.example'): DirectoryAuditEntry => ({
  id,
  activityDisplayName,
  activityDateTime: at,
  initiatedBy: { user: { id: 'u', userPrincipalName: actor } },
  targetResources: [{ id: targetId, displayName: `Target ${targetId}`, type: 'Policy', modifiedProperties: [{ displayName: 'State', oldValue: '"enabled"', newValue: '"disabled"' }] }],
});

describe('computeDrift', () => {
  it('lists only controls whose status changed, including added and removed ones', () => {
    const drift = computeDrift(
      [result('CA-02', ControlStatus.PASS), result('GU-01', ControlStatus.PASS), result('OLD-1', ControlStatus.FAIL)],
      [result('CA-02', ControlStatus.FAIL), result('GU-01', ControlStatus.PASS), result('NEW-1', ControlStatus.WARN)],
    );
    expect(drift.map((d) => [d.controlId, d.previous, d.current])).toEqual([
      ['CA-02', 'PASS', 'FAIL'],
      ['NEW-1', null, 'WARN'],
      ['OLD-1', 'FAIL', null],
    ]);
  });

  it('attaches the audit entries touching an evidence object, newest first, with who, when and what', () => {
    const drift = computeDrift(
      [result('CA-02', ControlStatus.PASS, ['ca-mfa'])],
      [result('CA-02', ControlStatus.FAIL, ['ca-mfa'])],
      [audit('a1', 'Update conditional access policy', '2026-11-20T10:00:00Z', 'ca-mfa'), audit('a2', 'Update user', '2026-11-21T10:00:00Z', 'someone'), audit('a3', 'Update conditional access policy', '2026-11-22T10:00:00Z', 'ca-mfa', 'eve@contoso.example')],
    );
    expect(drift[0].changes).toEqual([
      { auditId: 'a3', activity: 'Update conditional access policy', actor: 'eve@contoso.example', at: '2026-11-22T10:00:00Z', target: 'Target ca-mfa', modified: ['State: "enabled" → "disabled"'] },
      expect.objectContaining({ auditId: 'a1' }),
    ]);
  });

  it('matches by the control\'s audit activities when evidence names no object', () => {
    const drift = computeDrift(
      [result('GU-02', ControlStatus.PASS)],
      [result('GU-02', ControlStatus.FAIL)],
      [audit('a1', 'Update authorization policy', '2026-11-20T10:00:00Z', 'authorizationPolicy')],
      [{ id: 'GU-02', auditActivities: ['Update authorization policy'] }],
    );
    expect(drift[0].changes.map((c) => c.actor)).toEqual(['admin@contoso.example']);
  });
});
