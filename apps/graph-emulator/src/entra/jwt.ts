import { createHash, generateKeyPairSync, KeyObject, sign, verify } from 'node:crypto';

/*
 * RS256 with node:crypto rather than `jose`: jose 6 ships ES modules only, which neither this
 * CommonJS build (module node16) nor jest's CommonJS runtime can load with require().
 */

export type JwtPayload = Record<string, unknown>;

export type JwtFailure = 'malformed' | 'signature' | 'expired' | 'not-yet-valid';

export class JwtError extends Error {
  constructor(readonly reason: JwtFailure) {
    super(`token rejected: ${reason}`);
  }
}

function encodeJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeJson(segment: string): JwtPayload {
  const parsed: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new JwtError('malformed');
  return parsed as JwtPayload;
}

export class SigningKey {
  readonly kid: string;

  private constructor(
    private readonly privateKey: KeyObject,
    readonly publicKey: KeyObject,
  ) {
    const der = publicKey.export({ type: 'spki', format: 'der' });
    this.kid = createHash('sha1').update(der).digest('base64url');
  }

  static generate(): SigningKey {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return new SigningKey(privateKey, publicKey);
  }

  jwks(issuer?: string) {
    const { n, e } = this.publicKey.export({ format: 'jwk' });
    return { keys: [{ kty: 'RSA', use: 'sig', kid: this.kid, x5t: this.kid, n, e, ...(issuer ? { issuer } : {}) }] };
  }

  sign(payload: JwtPayload): string {
    const signingInput = `${encodeJson({ typ: 'JWT', alg: 'RS256', x5t: this.kid, kid: this.kid })}.${encodeJson(payload)}`;
    return `${signingInput}.${sign('sha256', Buffer.from(signingInput), this.privateKey).toString('base64url')}`;
  }

  /** Checks structure, algorithm, signature and lifetime; claims are the caller's business. */
  verify(token: string, nowSeconds = Math.floor(Date.now() / 1000)): JwtPayload {
    const parts = token.split('.');
    if (parts.length !== 3) throw new JwtError('malformed');
    const [headerPart, payloadPart, signaturePart] = parts;
    const header = safeDecode(headerPart);
    const payload = safeDecode(payloadPart);
    if (header.alg !== 'RS256') throw new JwtError('signature');
    const signature = Buffer.from(signaturePart, 'base64url');
    if (!verify('sha256', Buffer.from(`${headerPart}.${payloadPart}`), this.publicKey, signature)) throw new JwtError('signature');
    if (typeof payload.exp !== 'number' || payload.exp <= nowSeconds) throw new JwtError('expired');
    if (typeof payload.nbf === 'number' && payload.nbf > nowSeconds + 300) throw new JwtError('not-yet-valid');
    return payload;
  }
}

function safeDecode(segment: string): JwtPayload {
  try {
    return decodeJson(segment);
  } catch {
    throw new JwtError('malformed');
  }
}

/** Reads claims without trusting them (fault matching needs the tenant before authentication). */
export function peekJwtPayload(token: string): JwtPayload | undefined {
  try {
    return decodeJson(token.split('.')[1] ?? '');
  } catch {
    return undefined;
  }
}
