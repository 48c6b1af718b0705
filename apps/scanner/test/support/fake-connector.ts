import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ClientSecretCredential } from '@azure/identity';
import {
  AcquireTokenReply,
  AcquireTokenRequest,
  AppError,
  ErrorCode,
  GetTenantReply,
  GetTenantRequest,
  notFound,
  Subject,
  TenantStatus,
} from '@trueconfig/common';
import { startFakeNatsService } from '@trueconfig/launcher';

export interface RegisteredTenant {
  id: string;
  orgId: string;
  directoryTenantId: string;
  clientId: string;
  clientSecret: string;
  /** Holds the token reply back, to keep a scan running while the test acts. */
  tokenDelayMs?: number;
}

/** What the fake connector knows, and every token it handed out (for the no-token-in-logs check). */
export class ConnectorRegistry {
  readonly tenants = new Map<string, RegisteredTenant>();
  readonly issuedTokens: string[] = [];

  constructor(
    readonly authorityHost: string,
    readonly caPem: string,
  ) {}
}

/**
 * Stands in for apps/connector (built concurrently) on the two subjects the scanner asks: it answers
 * GetTenant from its registry and acquires REAL tokens from the emulator with ClientSecretCredential.
 * The emulator's self-signed CA is trusted per credential through `tlsOptions.ca` (NODE_EXTRA_CA_CERTS
 * cannot be set for an already running jest process).
 */
@Controller()
class FakeConnectorController {
  constructor(private readonly registry: ConnectorRegistry) {}

  @MessagePattern(Subject.GetTenant)
  getTenant(@Payload() request: GetTenantRequest): GetTenantReply {
    const tenant = this.registry.tenants.get(request.tenantId);
    if (!tenant || tenant.orgId !== request.orgId) throw notFound('Tenant', request.tenantId);
    const now = new Date().toISOString();
    return {
      id: tenant.id,
      orgId: tenant.orgId,
      displayName: `Tenant ${tenant.directoryTenantId}`,
      directoryTenantId: tenant.directoryTenantId,
      clientId: tenant.clientId,
      status: TenantStatus.CONNECTED,
      secretHint: tenant.clientSecret.slice(0, 3),
      secretEnteredAt: now,
      secretExpiresAt: null,
      createdAt: now,
      lastConnectionTest: null,
    };
  }

  @MessagePattern(Subject.AcquireToken)
  async acquireToken(@Payload() request: AcquireTokenRequest): Promise<AcquireTokenReply> {
    const tenant = this.registry.tenants.get(request.tenantId);
    if (!tenant) throw notFound('Tenant', request.tenantId);
    if (tenant.tokenDelayMs) await new Promise((resolve) => setTimeout(resolve, tenant.tokenDelayMs));
    const credential = new ClientSecretCredential(tenant.directoryTenantId, tenant.clientId, tenant.clientSecret, {
      authorityHost: this.registry.authorityHost,
      disableInstanceDiscovery: true,
      tlsOptions: { ca: this.registry.caPem },
    });
    try {
      const token = await credential.getToken('https://graph.microsoft.com/.default');
      this.registry.issuedTokens.push(token.token);
      return { accessToken: token.token, expiresOnTimestamp: token.expiresOnTimestamp, directoryTenantId: tenant.directoryTenantId, grantedPermissions: rolesOf(token.token) };
    } catch (error) {
      if (String(error).includes('7000215')) {
        throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'Invalid client secret provided.', {
          remediation: ['In App Registration, go to Certificates & secrets', 'Verify client secret has not expired'],
          details: { entraErrorCode: '7000215' },
        });
      }
      throw error;
    }
  }
}

function rolesOf(jwt: string): string[] {
  const claims = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as { roles?: string[] };
  return claims.roles ?? [];
}

export async function startFakeConnector(natsUrl: string, registry: ConnectorRegistry): Promise<INestMicroservice> {
  @Module({ controllers: [FakeConnectorController], providers: [{ provide: ConnectorRegistry, useValue: registry }] })
  class FakeConnectorModule {}
  return startFakeNatsService(FakeConnectorModule, natsUrl, { queue: 'connector', name: 'fake-connector' });
}
