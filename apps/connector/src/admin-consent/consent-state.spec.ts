import { signConsentState, verifyConsentState } from './consent-state';

const SECRET = 'a-consent-state-secret-of-at-least-32-chars';
const NOW = new Date('2026-06-01T00:00:00Z');
const state = { orgId: 'org-1', actor: 'apikey:1', directoryTenantId: 'contoso.onmicrosoft.com', displayName: 'Contoso', expiresAt: NOW.getTime() / 1000 + 600 };

describe('consent state', () => {
  it('round-trips what it binds and is unique each time', () => {
    const token = signConsentState(state, SECRET);
    expect(verifyConsentState(token, SECRET, NOW)).toEqual({ ok: true, state });
    expect(signConsentState(state, SECRET)).not.toBe(token);
  });

  it('refuses a changed payload, another secret, an expired state and garbage', () => {
    const token = signConsentState(state, SECRET);
    const [, signature] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...state, orgId: 'org-2' })).toString('base64url')}.${signature}`;
    expect(verifyConsentState(forged, SECRET, NOW)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyConsentState(token, `${SECRET}x`, NOW)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyConsentState(token, SECRET, new Date(NOW.getTime() + 601_000))).toEqual({ ok: false, reason: 'expired' });
    expect(verifyConsentState('nope', SECRET, NOW)).toEqual({ ok: false, reason: 'malformed' });
  });
});
