import { ClientSecretCredential } from '@azure/identity';
import { Client } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningEmulator, startEmulator, StartEmulatorOptions } from '../../src';
import { ControlApi, CreatedApp } from './control-api';
import { trustCaInProcess } from './trust-ca-in-process';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
export const ALL_SIX = ['Directory.Read.All', 'Policy.Read.All', 'RoleManagement.Read.All', 'User.Read.All', 'AuditLog.Read.All', 'Reports.Read.All'];

export interface Harness {
  emulator: RunningEmulator;
  control: ControlApi;
  close(): Promise<void>;
}

/** An in-process emulator on a random port, trusted by this process's TLS clients until closed. */
export async function startHarness(options: Omit<StartEmulatorOptions, 'port' | 'stateDir'> = {}): Promise<Harness> {
  const stateDir = await mkdtemp(join(tmpdir(), 'graph-emulator-'));
  const emulator = await startEmulator({ ...options, port: 0, stateDir });
  const restoreTrust = trustCaInProcess(emulator.caCertPem);
  return {
    emulator,
    control: new ControlApi(emulator.baseUrl),
    close: async () => {
      restoreTrust();
      await emulator.close();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}

/** The real credential, configured exactly as the connector configures it, only pointed at the emulator. */
export function credentialFor(authorityHost: string, tenant: string, app: CreatedApp, secret = app.clientSecret): ClientSecretCredential {
  return new ClientSecretCredential(tenant, app.clientId, secret, { authorityHost, disableInstanceDiscovery: true });
}

/** The real Graph client; `customHosts` lets it attach the bearer token to a non-Microsoft host. */
export function graphClientFor(baseUrl: string, credential: ClientSecretCredential): Client {
  const authProvider = new TokenCredentialAuthenticationProvider(credential, { scopes: [GRAPH_SCOPE] });
  return Client.initWithMiddleware({ authProvider, baseUrl, customHosts: new Set(['127.0.0.1', 'localhost']) });
}
