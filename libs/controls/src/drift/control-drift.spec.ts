import { ControlResultDto, ControlStatus } from '@trueconfig/common';
import { CatalogDatasetPath } from '../datasets/dataset-path';
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

  describe('by dataset and setting', () => {
    const AZP = 'authorizationPolicy';
    const setting = (name: string) => ({ kind: 'setting', id: `${AZP}:${name}`, displayName: `Authorization policy: ${name}` });
    const withSetting = (controlId: string, status: ControlStatus, name?: string): ControlResultDto => ({ ...result(controlId, status), evidence: name ? [setting(name)] : [] });
    const azpAudit = (id: string, actor: string, property: string, oldValue: string, newValue: string): DirectoryAuditEntry => ({
      id,
      activityDisplayName: 'Update authorization policy',
      activityDateTime: '2026-11-27T10:00:00Z',
      initiatedBy: { user: { id: `id-${actor}`, userPrincipalName: actor } },
      targetResources: [{ id: AZP, displayName: 'Authorization Policy', type: 'Policy', modifiedProperties: [{ displayName: property, oldValue, newValue }] }],
    });
    const catalog = [
      { id: 'GU-02', datasets: [CatalogDatasetPath.AuthorizationPolicy] },
      { id: 'AP-01', datasets: [CatalogDatasetPath.AuthorizationPolicy] },
      { id: 'CA-01', datasets: [CatalogDatasetPath.ConditionalAccessPolicies] },
    ];

    it('gives each control the audit that modified its own setting, not another setting of the same policy', () => {
      const drift = computeDrift(
        [withSetting('GU-02', ControlStatus.FAIL, 'allowInvitesFrom'), withSetting('AP-01', ControlStatus.PASS)],
        [withSetting('GU-02', ControlStatus.PASS), withSetting('AP-01', ControlStatus.FAIL, 'defaultUserRolePermissions.allowedToCreateApps')],
        [azpAudit('alice', 'alice.admin@contoso.example', 'allowInvitesFrom', '"everyone"', '"adminsAndGuestInviters"'), azpAudit('bob', 'bob@contoso.example', 'defaultUserRolePermissions.allowedToCreateApps', 'false', 'true')],
        catalog,
      );
      expect(drift.find((d) => d.controlId === 'GU-02')?.changes).toEqual([
        { auditId: 'alice', activity: 'Update authorization policy', actor: 'alice.admin@contoso.example', at: '2026-11-27T10:00:00Z', target: 'Authorization Policy', modified: ['allowInvitesFrom: "everyone" → "adminsAndGuestInviters"'] },
      ]);
      expect(drift.find((d) => d.controlId === 'AP-01')?.changes.map((c) => c.actor)).toEqual(['bob@contoso.example']);
    });

    it("matches by the dataset an audit changed when the evidence names nothing, and ignores other datasets' audits", () => {
      const caChange: DirectoryAuditEntry = { ...audit('c1', 'Update conditional access policy', '2026-11-27T11:00:00Z', 'ca-legacy'), initiatedBy: { app: { displayName: 'Terraform' } } };
      const drift = computeDrift(
        [withSetting('CA-01', ControlStatus.PASS), withSetting('GU-02', ControlStatus.FAIL)],
        [withSetting('CA-01', ControlStatus.WARN), withSetting('GU-02', ControlStatus.PASS)],
        [caChange, audit('u1', 'Update user', '2026-11-27T11:00:00Z', 'someone'), { ...audit('u2', 'Update user', '2026-11-27T11:00:00Z', 'x'), targetResources: [{ id: 'x', displayName: 'Authorization policy owner', type: 'User' }] }],
        catalog,
      );
      expect(drift.find((d) => d.controlId === 'CA-01')?.changes).toEqual([expect.objectContaining({ auditId: 'c1', actor: 'Terraform', modified: ['State: "enabled" → "disabled"'] })]);
      expect(drift.find((d) => d.controlId === 'GU-02')?.changes).toEqual([]);
    });
  });
});
