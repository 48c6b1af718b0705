import { AcceptRiskRequest, ErrorCode } from '@trueconfig/common';
import { validateRiskAcceptance } from './risk-acceptance-input';

const now = new Date('2026-11-27T00:00:00Z');
const known = (id: string) => id === 'GU-02';
const request = (change: Partial<AcceptRiskRequest> = {}): AcceptRiskRequest => ({
  orgId: 'o',
  actor: 'key-1',
  tenantId: 't',
  controlId: 'gu-02',
  reason: ' Partner onboarding ',
  owner: 'ciso@contoso.example',
  expiresAt: '2027-03-31T00:00:00Z',
  ...change,
});

describe('validateRiskAcceptance', () => {
  it('normalises the control id, trims text and records who accepted it and when', () => {
    expect(validateRiskAcceptance(request(), known, now)).toEqual({
      controlId: 'GU-02',
      reason: 'Partner onboarding',
      owner: 'ciso@contoso.example',
      expiresAt: '2027-03-31T00:00:00.000Z',
      acceptedAt: now.toISOString(),
      acceptedBy: 'key-1',
    });
  });

  it.each([
    [{ controlId: 'XX-01' }, 'controlId'],
    [{ reason: '  ' }, 'reason'],
    [{ owner: 'x'.repeat(201) }, 'owner'],
    [{ expiresAt: 'next year' }, 'expiresAt'],
    [{ expiresAt: '2026-11-26T00:00:00Z' }, 'expiresAt'],
    [{ expiresAt: '2031-01-01T00:00:00Z' }, 'expiresAt'],
  ])('refuses %j naming %s', (change, field) => {
    expect(() => validateRiskAcceptance(request(change), known, now)).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field } }));
  });
});
