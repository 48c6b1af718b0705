import { createServer, Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { controlRoutes } from './control/control-routes';
import { EmulatorState } from './emulator-state';
import { entraRoutes } from './entra/entra-routes';
import { applyFixture, EmulatorFixture } from './fixtures/emulator-fixture';
import { graphRoutes } from './graph/graph-routes';
import { toEmulatorRequest, writeResponse } from './http/node-adapter';
import { createPipeline } from './http/request-pipeline';
import { Router } from './http/router';
import { createEmulatorCertificate } from './tls/emulator-certificate';

export interface StartEmulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  /** The address to listen on (default 127.0.0.1; 0.0.0.0 in a container). */
  host?: string;
  /** The host name clients use, when it is not the listen address (e.g. a compose service name). */
  publicName?: string;
  /** Where `ca.pem` is written; defaults to `tmp/graph-emulator` under the working directory. */
  stateDir?: string;
  throttleScale?: number;
  fixture?: EmulatorFixture;
}

export interface RunningEmulator {
  /** `https://127.0.0.1:PORT` */
  baseUrl: string;
  port: number;
  caCertPath: string;
  caCertPem: string;
  state: EmulatorState;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      // Clients keep connections alive; without this, close() would wait for them to time out.
      server.closeAllConnections();
    });
}

export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const publicHost = options.publicName ?? host;
  const stateDir = options.stateDir ?? join(process.cwd(), 'tmp/graph-emulator');
  const certificate = await createEmulatorCertificate(stateDir, options.publicName ? [options.publicName] : []);
  const state = new EmulatorState(options.throttleScale ?? 1);
  if (options.fixture) applyFixture(state, options.fixture);
  const router = new Router([...controlRoutes(state), ...graphRoutes(state), ...entraRoutes(state)]);
  const pipeline = createPipeline(state, router);
  let fallbackHost: string = publicHost;
  const server = createServer({ key: certificate.keyPem, cert: certificate.certPem }, (req, res) => {
    toEmulatorRequest(req, fallbackHost)
      .then(async (request) => writeResponse(res, request, await pipeline(request)))
      .catch((error: unknown) => {
        console.error('graph-emulator: request failed', error);
        if (!res.headersSent) res.writeHead(400).end();
      });
  });
  const port = await listen(server, options.port ?? 0, host);
  fallbackHost = `${publicHost}:${port}`;
  return {
    baseUrl: `https://${publicHost}:${port}`,
    port,
    caCertPath: certificate.caCertPath,
    caCertPem: certificate.certPem,
    state,
    close: closer(server),
  };
}
