import { ControlResultDto, ControlStatus } from '@trueconfig/common';
import { evaluateSnapshot } from '../evaluation/evaluate-snapshot';
import { GU_02 } from '../catalog/authorization-policy/guest.controls';
import { applyAcceptances } from './apply-acceptances';

const result = (status: ControlStatus, controlId = 'GU-02'): ControlResultDto => ({ controlId, title: 't', status, summary: 'Open invitations.', metric: null, affectedCount: 1, evidence: [] });
const acceptance = { controlId: 'GU-02', reason: 'Partner onboarding until March', owner: 'ciso@contoso.example', expiresAt: '2027-03-31T00:00:00Z' };
const now = new Date('2026-11-27T00:00:00Z');

describe('risk acceptances', () => {
  it('keeps an accepted FAIL as FAIL, with the acceptance attached and named in the summary', () => {
    const [accepted] = applyAcceptances([result(ControlStatus.FAIL)], [acceptance], now);
    expect(accepted).toMatchObject({
      status: ControlStatus.FAIL,
      acceptance: { state: 'active', reason: acceptance.reason, owner: acceptance.owner, expiresAt: acceptance.expiresAt },
      summary: 'Open invitations. Risk accepted by ciso@contoso.example until 2027-03-31T00:00:00Z: Partner onboarding until March',
    });
  });

  it('fails again once the acceptance expires', () => {
    const [expired] = applyAcceptances([result(ControlStatus.WARN)], [acceptance], new Date('2027-04-01T00:00:00Z'));
    expect(expired).toMatchObject({ status: ControlStatus.WARN, acceptance: { state: 'expired' }, summary: 'Open invitations. Risk acceptance by ciso@contoso.example expired on 2027-03-31T00:00:00Z.' });
  });

  it('never touches PASS, DEGRADED, ERROR or NOT_APPLICABLE results, nor other controls', () => {
    for (const status of [ControlStatus.PASS, ControlStatus.DEGRADED, ControlStatus.ERROR, ControlStatus.NOT_APPLICABLE]) {
      expect(applyAcceptances([result(status)], [acceptance], now)[0]).not.toHaveProperty('acceptance');
    }
    expect(applyAcceptances([result(ControlStatus.FAIL, 'GU-01')], [acceptance], now)[0]).not.toHaveProperty('acceptance');
  });

  it('uses the acceptance expiring last when there are several', () => {
    const older = { ...acceptance, expiresAt: '2026-01-01T00:00:00Z', owner: 'old' };
    expect(applyAcceptances([result(ControlStatus.FAIL)], [older, acceptance], now)[0].acceptance?.state).toBe('active');
  });

  it('applies through evaluateSnapshot, from _meta.settings, at the capture time', () => {
    const snapshot = {
      'v1.0/policies/authorizationPolicy': { id: 'authorizationPolicy', allowInvitesFrom: 'everyone' },
      _meta: { capturedAt: '2026-11-27T00:00:00Z', settings: { riskAcceptances: [acceptance] } },
    };
    expect(evaluateSnapshot(snapshot, { catalog: [GU_02] })[0]).toMatchObject({ status: ControlStatus.FAIL, acceptance: { state: 'active' } });
    const later = { ...snapshot, _meta: { ...snapshot._meta, capturedAt: '2027-06-01T00:00:00Z' } };
    expect(evaluateSnapshot(later, { catalog: [GU_02] })[0].acceptance?.state).toBe('expired');
  });
});
