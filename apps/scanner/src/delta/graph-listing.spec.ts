import { Client } from '@microsoft/microsoft-graph-client';
import { PageSender } from '@trueconfig/controls';
import { followListing, ListingPage } from './graph-listing';

/** A page whose body arrives in two parts: the head (annotations) at once, the rest when `finish` is called. */
interface HeldPage {
  head: string;
  rest: string;
  finish?: () => void;
}

/** A Graph client whose answers are streamed as the test says; `asked` records each GET as it is sent. */
function streamingGraph(pages: Record<string, HeldPage>, asked: string[]): Client {
  const answer = (url: string) => {
    asked.push(url);
    const page = pages[url];
    if (!page) return new Response(JSON.stringify({ error: { code: 'NotFound', message: url } }), { status: 404 });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(page.head));
        page.finish = () => {
          controller.enqueue(new TextEncoder().encode(page.rest));
          controller.close();
        };
      },
    });
    return new Response(body);
  };
  return { api: (url: string) => ({ header: () => ({ responseType: () => ({ get: async () => answer(url) }) }) }) } as unknown as Client;
}

const send: PageSender = (get) => get();
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('followListing', () => {
  it('asks for the next page as soon as its link shows in the first bytes of the current one', async () => {
    const pages: Record<string, HeldPage> = {
      p1: { head: '{"@odata.nextLink":"p2","value":[{"id":"a"}', rest: ']}' },
      p2: { head: '{"@odata.deltaLink":"d","value":[{"id":"b"}', rest: ']}' },
    };
    const asked: string[] = [];
    const handed: ListingPage[] = [];
    const listing = followListing(streamingGraph(pages, asked), 'p1', send, async (page) => void handed.push(page));
    await tick();
    await tick();
    expect(asked).toEqual(['p1', 'p2']); // p2 asked for while p1 is still arriving
    pages.p1.finish?.();
    pages.p2.finish?.();
    expect(await listing).toBe(2);
    expect(handed.map((page) => [page.rows, page.deltaLink, JSON.parse(page.body.toString('utf8')) as unknown])).toEqual([
      [[{ id: 'a' }], null, { '@odata.nextLink': 'p2', value: [{ id: 'a' }] }],
      [[{ id: 'b' }], 'd', { '@odata.deltaLink': 'd', value: [{ id: 'b' }] }],
    ]);
  });

  it('follows the link the parsed page names when the early one differs', async () => {
    const pages: Record<string, HeldPage> = {
      // Duplicate keys: the early read sees the first, JSON.parse keeps the last.
      p1: { head: '{"@odata.nextLink":"wrong","value":[]', rest: ',"@odata.nextLink":"p2"}' },
      p2: { head: '{"value":[{"id":"b"}]', rest: '}' },
    };
    const asked: string[] = [];
    const listing = followListing(streamingGraph(pages, asked), 'p1', send, async () => undefined);
    await tick();
    pages.p1.finish?.();
    while (!pages.p2.finish) await tick();
    pages.p2.finish();
    expect(await listing).toBe(2);
    expect(asked).toEqual(['p1', 'wrong', 'p2']);
  });

  it('surfaces a refused page as the client’s GraphError', async () => {
    const listing = followListing(streamingGraph({}, []), 'missing', send, async () => undefined);
    await expect(listing).rejects.toMatchObject({ statusCode: 404, code: 'NotFound' });
  });
});
