import { Client, GraphError } from '@microsoft/microsoft-graph-client';
import { isTransient } from '@trueconfig/controls';
import { bodyOf, readStreamedPage } from './streamed-page';

const answering = (response: () => Response) => ({ api: () => ({ header: () => ({ responseType: () => ({ get: async () => response() }) }) }) }) as unknown as Client;
const read = (response: () => Response, links: string[] = []) => readStreamedPage(answering(response), 'page', 'odata.maxpagesize=999', (link) => links.push(link));

describe('readStreamedPage', () => {
  it('parses the page, keeps its body as received and hands over the early next link', async () => {
    const text = '{"@odata.nextLink":"next","value":[{"id":"a"}]}';
    const links: string[] = [];
    const page = await read(() => new Response(text), links);
    expect(page.value).toEqual([{ id: 'a' }]);
    expect(bodyOf(page).toString('utf8')).toBe(text);
    expect(links).toEqual(['next']);
  });

  it('reports a body cut off mid-way as a connection failure the senders retry', async () => {
    const cutOff = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"value":[{"id":"a"}'));
        controller.error(new TypeError('terminated', { cause: { code: 'UND_ERR_SOCKET', message: 'other side closed' } }));
      },
    });
    const error = await read(() => new Response(cutOff)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ statusCode: -1, message: expect.stringContaining('UND_ERR_SOCKET other side closed') });
    expect(isTransient(error, () => false)).toBe(true);
  });

  it('reports a refused page and a malformed one as GraphErrors with their status', async () => {
    const refused = () => new Response('{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges"}}', { status: 403 });
    await expect(read(refused)).rejects.toMatchObject({ statusCode: 403, code: 'Authorization_RequestDenied' });
    await expect(read(() => new Response('{"value":['))).rejects.toMatchObject({ statusCode: 200 });
  });
});
