import { Injectable } from '@nestjs/common';
import { ApiKeyAuthenticator } from '../api-key/api-key.authenticator';
import { Authentication } from '../auth/principal';
import { ScannerClient } from '../clients/scanner.client';
import { ScanProgressFeed } from '../scan-progress/scan-progress.feed';
import { AuditLogFeed } from '../audit-log/audit-log.feed';
import { GatewayContext } from './gateway-context';
import { RequestLoaders } from './request-loaders';

@Injectable()
export class GatewayContextFactory {
  constructor(
    private readonly authenticator: ApiKeyAuthenticator,
    private readonly scanner: ScannerClient,
    private readonly scanProgress: ScanProgressFeed,
    private readonly auditLog: AuditLogFeed,
  ) {}

  authenticate(authorization: string | undefined): Promise<Authentication> {
    return this.authenticator.authenticate(authorization);
  }

  async forAuthorization(authorization: string | undefined): Promise<GatewayContext> {
    return this.create(await this.authenticate(authorization));
  }

  create(auth: Authentication): GatewayContext {
    return {
      auth,
      loaders: new RequestLoaders(this.scanner, auth),
      feeds: { scanProgress: this.scanProgress, auditLog: this.auditLog },
    };
  }
}
