import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../config/config.error';
import { natsSecurityOptions } from './nats-connection-options';

describe('natsSecurityOptions', () => {
  it('adds nothing when no NATS security is configured', () => {
    expect(natsSecurityOptions({})).toEqual({});
  });

  it('passes user and password, or a token', () => {
    expect(natsSecurityOptions({ NATS_USER: 'svc', NATS_PASSWORD: 'pw' })).toEqual({ user: 'svc', pass: 'pw' });
    expect(natsSecurityOptions({ NATS_TOKEN: 't0k' })).toEqual({ token: 't0k' });
  });

  it('turns TLS on with a CA file, and mutual TLS with a certificate and key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nats-tls-'));
    const [ca, cert, key] = ['ca.pem', 'cert.pem', 'key.pem'].map((name) => join(dir, name));
    [ca, cert, key].forEach((file) => writeFileSync(file, 'pem'));
    expect(natsSecurityOptions({ NATS_TLS_CA_FILE: ca }).tls).toEqual({ caFile: ca, certFile: undefined, keyFile: undefined });
    expect(natsSecurityOptions({ NATS_TLS_CA_FILE: ca, NATS_TLS_CERT_FILE: cert, NATS_TLS_KEY_FILE: key }).tls).toEqual({ caFile: ca, certFile: cert, keyFile: key });
  });

  it('names every inconsistent or unreadable setting at once', () => {
    expect(() => natsSecurityOptions({ NATS_USER: 'svc', NATS_TLS_CERT_FILE: '/nonexistent/cert.pem' })).toThrow(ConfigError);
    try {
      natsSecurityOptions({ NATS_USER: 'svc', NATS_TOKEN: 't', NATS_TLS_CERT_FILE: '/nonexistent/cert.pem' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('NATS_PASSWORD: is required when NATS_USER is set');
      expect(message).toContain('set only one way to authenticate');
      expect(message).toContain('NATS_TLS_CERT_FILE, NATS_TLS_KEY_FILE');
      expect(message).toContain('NATS_TLS_CERT_FILE: cannot read /nonexistent/cert.pem');
    }
  });
});
