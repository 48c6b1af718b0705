import { createApiKeyWithCli } from '@trueconfig/launcher';
import { env } from '../support/e2e-client';
import { newKey } from '../gateway/gateway-helpers';
import { Answer } from './answer-check';
import { FuzzCase } from './fuzz-cases';

/** Every plain API key and client secret the abuse suite used, for the leak scan at the end. */
export const usedSecrets: { apiKeys: string[]; clientSecrets: string[] } = { apiKeys: [], clientSecrets: [] };

/** Every answer this suite received, except the createApiKey answers that must carry a key. */
export const abuseResponses: string[] = [];

/** An admin key of a fresh organisation, made with the operators' CLI against the e2e database. */
export async function cliAdminKey(organisation: string): Promise<string> {
  const { key } = await createApiKeyWithCli({ ...process.env, DATABASE_URL: env.databaseUrl, NATS_URL: env.natsUrl }, organisation, 'admin');
  usedSecrets.apiKeys.push(key);
  return key;
}

/** The admin key plus more of its organisation, so the fuzz spreads over several rate-limit buckets. */
export async function keyPool(adminKey: string, extra: number): Promise<string[]> {
  const keys = [adminKey];
  for (let i = 0; i < extra; i++) {
    const { key } = await newKey('ADMIN', adminKey);
    usedSecrets.apiKeys.push(key);
    keys.push(key);
  }
  return keys;
}

/** How long each kind of fuzz request took, to keep the suite fast. */
export const timings: Array<[string, number]> = [];

export async function send(fuzz: FuzzCase, apiKey: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': fuzz.contentType, authorization: `Bearer ${apiKey}` };
  const started = Date.now();
  const request = () => fetch(`${env.gatewayUrl}${fuzz.search ?? ''}`, { method: fuzz.method, headers, body: fuzz.body });
  // A keep-alive socket the server closed just as it was reused: sent again once, as browsers do.
  const response = await request().catch(() => request()).catch((error: Error) => {
    throw new Error(`"${fuzz.label}" (${fuzz.body?.length ?? 0} chars: ${JSON.stringify(fuzz.body?.slice(0, 300))}) got no answer after ${Date.now() - started} ms: ${String(error.cause ?? error)}`);
  });
  const answer = { status: response.status, text: await response.text() };
  timings.push([fuzz.label.replace(/ \d+$/, ''), Date.now() - started]);
  if (!fuzz.body?.includes('createApiKey')) abuseResponses.push(answer.text);
  return answer;
}

/** A raw GraphQL POST with any Authorization header (or none). */
export async function postWith(authorization: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) };
  const response = await fetch(env.gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const answer = { status: response.status, text: await response.text() };
  abuseResponses.push(answer.text);
  return answer;
}
