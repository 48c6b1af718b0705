import { request } from 'node:https';

/** Plays the administrator's browser: opens the consent URL and returns where Entra redirects to. */
export function followConsentUrl(url: string, caPem: string): Promise<URL> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(url), { method: 'GET', ca: caPem }, (res) => {
      res.resume();
      const location = res.headers.location;
      if (res.statusCode !== 302 || !location) reject(new Error(`expected a redirect, got HTTP ${res.statusCode}`));
      else resolve(new URL(location));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The query of Entra's redirect, as the gateway's callback passes it to the connector. */
export function consentAnswer(redirect: URL) {
  const get = (name: string) => redirect.searchParams.get(name);
  return { state: get('state') ?? '', adminConsent: get('admin_consent'), tenant: get('tenant'), error: get('error'), errorDescription: get('error_description') };
}
