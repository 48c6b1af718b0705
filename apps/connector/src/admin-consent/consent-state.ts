import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What the signed `state` binds: who asked, for which directory, until when. */
export interface ConsentState {
  orgId: string;
  actor: string;
  directoryTenantId: string;
  displayName: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

export type ConsentStateCheck = { ok: true; state: ConsentState } | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

/** `base64url(json).base64url(HMAC-SHA256)`; a nonce makes every state unique. */
export function signConsentState(state: ConsentState, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ ...state, nonce: randomBytes(12).toString('base64url') })).toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

export function verifyConsentState(token: string, secret: string, now: Date): ConsentStateCheck {
  const [payload, signature, ...rest] = String(token ?? '').split('.');
  if (!payload || !signature || rest.length > 0) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'signature' };
  const state = parse(payload);
  if (!state) return { ok: false, reason: 'malformed' };
  return state.expiresAt * 1000 < now.getTime() ? { ok: false, reason: 'expired' } : { ok: true, state };
}

function mac(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

function parse(payload: string): ConsentState | null {
  try {
    const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<ConsentState>;
    const { orgId, actor, directoryTenantId, displayName, expiresAt } = value;
    if (typeof orgId !== 'string' || typeof directoryTenantId !== 'string' || typeof expiresAt !== 'number') return null;
    return { orgId, actor: typeof actor === 'string' ? actor : '', directoryTenantId, displayName: typeof displayName === 'string' ? displayName : directoryTenantId, expiresAt };
  } catch {
    return null;
  }
}
