import { JwtError, peekJwtPayload, SigningKey } from './jwt';

const key = SigningKey.generate();

function reason(action: () => unknown): string | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    return error instanceof JwtError ? error.reason : 'other';
  }
}

describe('SigningKey', () => {
  it('signs RS256 tokens that it verifies, with the kid published in its JWKS', () => {
    const token = key.sign({ tid: 't', exp: 2_000_000_000 });
    expect(key.verify(token, 1_900_000_000)).toEqual({ tid: 't', exp: 2_000_000_000 });
    const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')) as Record<string, string>;
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT', kid: key.kid });
    expect(key.jwks().keys[0]).toMatchObject({ kty: 'RSA', use: 'sig', kid: key.kid, e: 'AQAB' });
  });

  it('rejects tampered, foreign, expired and malformed tokens', () => {
    const token = key.sign({ tid: 't', exp: 2_000_000_000 });
    const [h, , s] = token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ tid: 'evil', exp: 2_000_000_000 })).toString('base64url')}.${s}`;
    expect(reason(() => key.verify(forged, 1_900_000_000))).toBe('signature');
    expect(reason(() => SigningKey.generate().verify(token, 1_900_000_000))).toBe('signature');
    expect(reason(() => key.verify(token, 2_000_000_000))).toBe('expired');
    expect(reason(() => key.verify('not-a-token'))).toBe('malformed');
    expect(reason(() => key.verify('a.b.c'))).toBe('malformed');
  });

  it('peeks at claims without verifying them', () => {
    expect(peekJwtPayload(key.sign({ tid: 'abc', exp: 1 }))).toEqual({ tid: 'abc', exp: 1 });
    expect(peekJwtPayload('garbage')).toBeUndefined();
  });
});
