import { createServer, Server } from 'node:net';
import { freePort, preferredPort } from './free-port';

const listenOn = (port: number) =>
  new Promise<Server>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });

describe('preferredPort', () => {
  it('gives the port asked for when it is free, and never twice', async () => {
    const wanted = (await freePort()) + 1;
    expect(await preferredPort(wanted)).toBe(wanted);
    expect(await preferredPort(wanted)).not.toBe(wanted);
  });

  it('gives another port of the slice when something listens on the one asked for', async () => {
    const taken = await listenOn(0);
    const port = (taken.address() as { port: number }).port;
    try {
      const given = await preferredPort(port);
      expect(given).not.toBe(port);
      const server = await listenOn(given);
      await new Promise((resolve) => server.close(resolve));
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
