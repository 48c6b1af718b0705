import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generate } from 'selfsigned';

export interface EmulatorCertificate {
  certPem: string;
  keyPem: string;
  caCertPath: string;
}

/**
 * A fresh self-signed certificate per start, valid for localhost, 127.0.0.1 and any extra DNS names. It is its own CA, so
 * other processes trust it with NODE_EXTRA_CA_CERTS pointing at the written file.
 */
export async function createEmulatorCertificate(stateDir: string, extraNames: string[] = []): Promise<EmulatorCertificate> {
  const now = new Date();
  const pems = await generate([{ name: 'commonName', value: 'TrueConfig Graph emulator' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + 30 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }, ...extraNames.map((value) => ({ type: 2 as const, value }))],
      },
    ],
  });
  const directory = resolve(stateDir);
  await mkdir(directory, { recursive: true });
  const caCertPath = join(directory, 'ca.pem');
  await writeFile(caCertPath, pems.cert);
  return { certPem: pems.cert, keyPem: pems.private, caCertPath };
}
