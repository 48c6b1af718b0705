import { Inject, Injectable } from '@nestjs/common';
import { CONNECTOR_CONFIG, ConnectorEnv } from '../config/connector-env.schema';
import { classifyTokenError, readTokenRoles } from '@trueconfig/common';
import { EntraCredential } from './entra-credential';
import { GRAPH_DEFAULT_SCOPE } from './graph-scope';
import { TokenAttempt } from './token-attempt';
import { withTimeout } from './with-timeout';

/** One Graph token request through a credential; a failure comes back classified, never thrown. */
@Injectable()
export class EntraTokenClient {
  constructor(@Inject(CONNECTOR_CONFIG) private readonly config: ConnectorEnv) {}

  /** `secret`, when known, is scrubbed from any error text Entra sends back. */
  async acquire(entra: EntraCredential, secret?: string): Promise<TokenAttempt> {
    const timeoutMs = this.config.ENTRA_TOKEN_TIMEOUT_MS;
    try {
      const token = await withTimeout(
        entra.credential.getToken(GRAPH_DEFAULT_SCOPE, { abortSignal: AbortSignal.timeout(timeoutMs) }),
        timeoutMs,
        'The token request',
      );
      if (!token) throw new Error('Entra ID returned no token');
      const roles = await readTokenRoles(token.token);
      return { ok: true, token: { accessToken: token.token, expiresOnTimestamp: token.expiresOnTimestamp, roles } };
    } catch (error) {
      const httpStatus = entra.lastHttpStatus();
      return { ok: false, diagnosis: classifyTokenError(error, { secret, httpStatus, reachedServer: httpStatus !== undefined }) };
    }
  }
}
