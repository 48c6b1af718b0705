import { AcquireTokenReply, AppError, ErrorCode, NatsRequester, Subject } from '@trueconfig/common';

/** Tokens are renewed this long before they expire, so no Graph request leaves with a dying token. */
export const TOKEN_REFRESH_MARGIN_MS = 2 * 60 * 1000;

type TokenRequester = Pick<NatsRequester, 'request'>;

/**
 * The Graph client's token supply for one scan: asks the connector (the only holder of secrets),
 * reuses the token until shortly before expiry, shares one request among concurrent callers, and keeps
 * the connector's error, because the Graph client reduces a token failure to a bare message.
 */
export class ConnectorTokenSource {
  private current: AcquireTokenReply | null = null;
  private pending: Promise<AcquireTokenReply> | null = null;
  private lastFailure: AppError | null = null;

  constructor(
    private readonly requester: TokenRequester,
    private readonly tenantId: string,
    private readonly now: () => number = Date.now,
  ) {}

  get failure(): AppError | null {
    return this.lastFailure;
  }

  get grantedPermissions(): string[] | undefined {
    return this.current?.grantedPermissions;
  }

  async getAccessToken(): Promise<string> {
    return (await this.acquire()).accessToken;
  }

  async acquire(): Promise<AcquireTokenReply> {
    if (this.current && this.current.expiresOnTimestamp - this.now() > TOKEN_REFRESH_MARGIN_MS) return this.current;
    this.pending ??= this.requestToken().finally(() => (this.pending = null));
    return this.pending;
  }

  private async requestToken(): Promise<AcquireTokenReply> {
    try {
      this.current = await this.requester.request(Subject.AcquireToken, { tenantId: this.tenantId });
      this.lastFailure = null;
      return this.current;
    } catch (error) {
      this.lastFailure = error instanceof AppError ? error : new AppError(ErrorCode.INTERNAL, 'The token request failed.');
      throw this.lastFailure;
    }
  }
}
