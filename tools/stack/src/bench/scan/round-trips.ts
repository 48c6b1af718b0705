import { Agent, request } from 'node:https';
import { RoundTrips } from './lower-bound';

export interface BenchCredentials {
  directoryTenantId: string;
  clientId: string;
  clientSecret: string;
}

/** The listings a scan of a P1 tenant pages through, in the smallest form the catalog allows (GRAPH-FACTS page maxima). */
const LISTINGS: Record<string, string> = {
  '/v1.0/users': '/v1.0/users?$select=id,displayName,userPrincipalName,accountEnabled,userType,createdDateTime,onPremisesSyncEnabled,signInActivity&$top=500',
  '/beta/reports/authenticationMethods/userRegistrationDetails':
    '/beta/reports/authenticationMethods/userRegistrationDetails?$select=id,userPrincipalName,userDisplayName,userType,isMfaRegistered,isAdmin,isMfaCapable,methodsRegistered&$top=999',
};
/** Pages timed per listing: the first are the emulator's JIT warming up (a scan's hundreds of pages are served warm). */
const WARM_UP_PAGES = 10;
const SAMPLE_PAGES = 30;
/** Timings of the smallest request, taken once warm. */
const SMALL_REQUESTS = 9;

/**
 * Times the requests no scan can avoid with a bare HTTPS client (keep-alive, no pacing, nothing done with the
 * answers): the token, the subscribed SKUs (again, warm, as the floor of every other small request), and pages
 * of each listing, keeping the median page once the emulator is warm (the first pages, served by unoptimised code, would make the bound too generous). Measured before the
 * scan, on full buckets; a few dozen requests of budgets of thousands at the benchmark's throttle scale.
 */
export async function measureRoundTrips(baseUrl: string, caPem: string, app: BenchCredentials): Promise<RoundTrips> {
  const agent = new Agent({ keepAlive: true, ca: caPem });
  const call = (method: string, path: string, headers: Record<string, string>, body?: string) => timed(agent, new URL(path, baseUrl), method, headers, body);
  const form = new URLSearchParams({ client_id: app.clientId, client_secret: app.clientSecret, scope: 'https://graph.microsoft.com/.default', grant_type: 'client_credentials' }).toString();
  const token = await call('POST', `/${app.directoryTenantId}/oauth2/v2.0/token`, { 'content-type': 'application/x-www-form-urlencoded' }, form);
  const auth = { authorization: `Bearer ${(JSON.parse(token.body) as { access_token: string }).access_token}` };
  const skus = await call('GET', '/v1.0/subscribedSkus', auth);
  const pageSeconds: Record<string, number> = {};
  for (const [route, first] of Object.entries(LISTINGS)) {
    let url = first;
    const warm: number[] = [];
    for (let page = 0; page < SAMPLE_PAGES; page++) {
      const answer = await call('GET', url, auth);
      if (page >= WARM_UP_PAGES) warm.push(answer.seconds);
      // A short listing is started over, so every sample is a page like the scan's.
      url = (JSON.parse(answer.body) as { '@odata.nextLink'?: string })['@odata.nextLink'] ?? first;
    }
    pageSeconds[route] = median(warm);
  }
  const small: number[] = [];
  for (let request = 0; request < SMALL_REQUESTS; request++) small.push((await call('GET', '/v1.0/subscribedSkus', auth)).seconds);
  agent.destroy();
  return { prefixSeconds: token.seconds + skus.seconds, pageSeconds, requestSeconds: median(small) };
}

function timed(agent: Agent, url: URL, method: string, headers: Record<string, string>, body?: string): Promise<{ seconds: number; body: string }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers: body ? { ...headers, 'content-length': String(Buffer.byteLength(body)) } : headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if ((res.statusCode ?? 500) >= 300) return reject(new Error(`${method} ${url.pathname} → ${res.statusCode}: ${text.slice(0, 300)}`));
        resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, body: text });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The middle sample (0 if none: a listing too short to time adds nothing to the bound). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
