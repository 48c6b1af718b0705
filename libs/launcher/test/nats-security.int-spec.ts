import { Subject } from '@trueconfig/common';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, JSONCodec } from 'nats';
import { generate } from 'selfsigned';
import { builtScript, createTestDatabase, freePort, ManagedProcess, natsServerBinary, startServiceProcess, Stoppables, TestDatabase } from '../src';

async function writeCertificate(dir: string): Promise<{ cert: string; key: string }> {
  const pems = await generate([{ name: 'commonName', value: 'TrueConfig test NATS' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] },
    ],
  });
  const paths = { cert: join(dir, 'nats-cert.pem'), key: join(dir, 'nats-key.pem') };
  writeFileSync(paths.cert, pems.cert);
  writeFileSync(paths.key, pems.private);
  return paths;
}

/** A service reaches a NATS server that demands TLS and a password, on all three of its connections. */
describe('NATS TLS and credentials (audit process, real nats-server)', () => {
  const stoppables = new Stoppables();
  const dir = mkdtempSync(join(tmpdir(), 'trueconfig-nats-tls-'));
  let natsUrl: string;
  let db: TestDatabase;
  let ca: string;

  beforeAll(async () => {
    const { cert, key } = await writeCertificate(dir);
    ca = cert;
    const port = await freePort();
    const nats = new ManagedProcess({
      name: 'nats-server-tls',
      command: natsServerBinary() ?? 'nats-server',
      args: ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', dir, '--user', 'svc', '--pass', 'pw-123456', '--tls', '--tlscert', cert, '--tlskey', key],
    });
    stoppables.add(nats, (p) => p.stop());
    await nats.waitForLine(/Server is ready/, 15000);
    natsUrl = `tls://127.0.0.1:${port}`;
    db = stoppables.add(await createTestDatabase('tc_nats_tls'), (d) => d.drop());
  });

  afterAll(() => stoppables.stopAll());

  it('starts, answers over TLS, and reads the password from NATS_PASSWORD_FILE', async () => {
    const passwordFile = join(dir, 'nats-password');
    writeFileSync(passwordFile, 'pw-123456\n');
    const port = await freePort();
    const env = { ...process.env, DATABASE_URL: db.url, NATS_URL: natsUrl, NATS_USER: 'svc', NATS_PASSWORD_FILE: passwordFile, NATS_TLS_CA_FILE: ca, LOG_LEVEL: 'warn' };
    const audit = stoppables.add(await startServiceProcess({ service: 'audit', port, env }), (p) => p.stop());
    expect(audit.running).toBe(true);

    const codec = JSONCodec();
    const nc = await connect({ servers: natsUrl, user: 'svc', pass: 'pw-123456', tls: { caFile: ca } });
    const request = { pattern: Subject.QueryAuditLogs, data: { orgId: 'org-tls', filter: {}, first: 1 }, id: 'tls-1' };
    const reply = codec.decode((await nc.request(Subject.QueryAuditLogs, codec.encode(request), { timeout: 5000 })).data) as { response?: { items: unknown[] } };
    await nc.close();
    expect(reply.response?.items).toEqual([]);
  });

  it('refuses to start with half a credential, naming what is missing', async () => {
    const process = new ManagedProcess({
      name: 'audit-bad-nats',
      command: 'node',
      args: [builtScript('apps/audit', 'main.js')],
      env: { ...globalThis.process.env, DATABASE_URL: db.url, NATS_URL: natsUrl, NATS_USER: 'svc', NATS_TLS_CERT_FILE: '/nonexistent/cert.pem' },
    });
    expect(await process.exited).toBe(1);
    const output = process.lines.join('\n');
    expect(output).toContain('NATS_PASSWORD: is required when NATS_USER is set');
    expect(output).toContain('NATS_TLS_CERT_FILE, NATS_TLS_KEY_FILE: set both for mutual TLS, or neither');
  });
});
