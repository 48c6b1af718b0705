import { createServer } from 'node:net';

/**
 * Ports are taken below the kernel's ephemeral range (32768+), where port 0 and outgoing connections
 * land, and each jest worker has its own slice, so two stacks started at once never pick the same
 * port and a readiness probe never reaches another stack's service.
 */
const FIRST_PORT = 15000;
const SLICE_SIZE = 2000;
const SLICES = 8;
const handedOut = new Set<number>();

/** A free loopback port from this process's slice, never handed out twice by this process. */
export async function freePort(): Promise<number> {
  const worker = Number(process.env.JEST_WORKER_ID ?? 0);
  const sliceStart = FIRST_PORT + (worker % SLICES) * SLICE_SIZE;
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = sliceStart + Math.floor(Math.random() * SLICE_SIZE);
    if (handedOut.has(port) || !(await canListen(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error(`no free port between ${sliceStart} and ${sliceStart + SLICE_SIZE - 1}`);
}

/** `port` if it is free and not handed out by this process (then it is, from now on), else any free port of the slice. */
export async function preferredPort(port: number): Promise<number> {
  if (handedOut.has(port) || !(await canListen(port))) return freePort();
  handedOut.add(port);
  return port;
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
