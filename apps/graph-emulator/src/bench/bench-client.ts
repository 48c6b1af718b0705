import { Agent, request } from 'node:https';

export interface PageResult {
  count: number;
  nextLink?: string;
}

/** A keep-alive HTTPS GET that trusts the emulator's CA and reads just what the benchmark needs. */
export function pageReader(caCertPem: string, token: string) {
  const agent = new Agent({ keepAlive: true, ca: caCertPem, maxSockets: 1 });
  const read = (url: string): Promise<PageResult> =>
    new Promise((resolve, reject) => {
      const req = request(url, { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`${url} answered ${res.statusCode}: ${Buffer.concat(chunks).toString('utf8')}`));
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { value: unknown[]; '@odata.nextLink'?: string };
          resolve({ count: body.value.length, nextLink: body['@odata.nextLink'] });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  return { read, close: () => agent.destroy() };
}
