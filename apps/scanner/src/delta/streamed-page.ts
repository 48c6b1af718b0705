import { Client, ResponseType } from '@microsoft/microsoft-graph-client';
// Not re-exported by the package's index: the same conversion the client applies to a response it reads itself.
import { GraphErrorHandler } from '@microsoft/microsoft-graph-client/lib/src/GraphErrorHandler';
import { earlyNextLink } from './early-next-link';

export interface GraphPage {
  value?: unknown;
  '@odata.nextLink'?: unknown;
  '@odata.deltaLink'?: unknown;
}

const BODY = Symbol('the page as Graph sent it');

/** A parsed page that also carries its body as received (senders and observers see an ordinary page). */
export type StreamedPage = GraphPage & { [BODY]: Buffer };

export function bodyOf(page: StreamedPage): Buffer {
  return page[BODY];
}

/**
 * GETs one page of a listing and reads its body as it arrives: Graph writes `@odata.nextLink` before
 * `value`, so the link is handed to `onNextLink` from the first bytes, before the page is whole and parsed,
 * and the next page can be asked for meanwhile. Failures surface as the client's own GraphError; a body cut
 * off mid-way as a connection failure (status -1, its socket error named), which the senders retry.
 */
export async function readStreamedPage(client: Client, url: string, prefer: string, onNextLink: (link: string) => void): Promise<StreamedPage> {
  const response = (await client.api(url).header('Prefer', prefer).responseType(ResponseType.RAW).get()) as Response;
  if (!response.ok) throw await GraphErrorHandler.getError(await response.json().catch(() => null), response.status, undefined, response);
  const body = await readBody(response, onNextLink).catch(async (error: unknown) => {
    throw await GraphErrorHandler.getError(brokenBody(error));
  });
  try {
    return Object.assign(JSON.parse(body.toString('utf8')) as GraphPage, { [BODY]: body });
  } catch (error) {
    throw await GraphErrorHandler.getError(error as Error, response.status, undefined, response);
  }
}

/** undici names the socket's failure ("other side closed", UND_ERR_…) only in the cause of its "terminated". */
function brokenBody(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  return cause ? new Error(`${error.message}: ${String(cause.code ?? '')} ${String(cause.message ?? '')}`.trim()) : error;
}

async function readBody(response: Response, onNextLink: (link: string) => void): Promise<Buffer> {
  if (!response.body) return Buffer.from(await response.arrayBuffer());
  const chunks: Buffer[] = [];
  let looking = true;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (!looking) continue;
    const found = earlyNextLink(Buffer.concat(chunks).toString('utf8'));
    if (found.settled) looking = false;
    if (found.link) onNextLink(found.link);
  }
  return Buffer.concat(chunks);
}
