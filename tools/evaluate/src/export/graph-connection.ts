import { ClientSecretCredential } from '@azure/identity';
import { Client } from '@microsoft/microsoft-graph-client';
import { classifyTokenError, Diagnosis, readTokenRoles } from '@trueconfig/common';
import { ExportOptions } from './export-options';

/** App-only tokens for Microsoft Graph carry every granted application permission under this scope. */
const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

export interface GraphConnection {
  client: Client;
  /** The token's `roles`: the application permissions admin consent granted. */
  grantedPermissions: string[];
}

/** No token: the connector's diagnosis of Entra's answer (AADSTS7000215 → invalid credentials, …). */
export class TokenFailure extends Error {
  constructor(readonly diagnosis: Diagnosis) {
    super(diagnosis.message);
    this.name = 'TokenFailure';
  }
}

/**
 * The real @azure/identity credential and Graph client, as the connector and scanner use them. The
 * token is acquired first, so bad credentials stop the export before anything is read or written.
 * Instance discovery stays off: it would call Microsoft's public endpoint even for another authority.
 */
export async function connectToGraph(options: ExportOptions, secret: string): Promise<GraphConnection> {
  const credential = new ClientSecretCredential(options.tenant, options.clientId, secret, {
    authorityHost: options.authorityHost,
    disableInstanceDiscovery: true,
  });
  let accessToken: string;
  try {
    accessToken = (await credential.getToken(GRAPH_SCOPE)).token;
  } catch (error) {
    throw new TokenFailure(classifyTokenError(error, { secret }));
  }
  const client = Client.initWithMiddleware({
    authProvider: { getAccessToken: async () => (await credential.getToken(GRAPH_SCOPE)).token },
    baseUrl: options.graphUrl,
    customHosts: new Set([new URL(options.graphUrl).hostname]),
    defaultVersion: 'v1.0',
  });
  return { client, grantedPermissions: await readTokenRoles(accessToken) };
}
