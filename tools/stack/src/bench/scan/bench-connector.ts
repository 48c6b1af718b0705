import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ClientSecretCredential } from '@azure/identity';
import { AcquireTokenReply, AcquireTokenRequest, GetTenantReply, GetTenantRequest, notFound, Subject, TenantStatus } from '@trueconfig/common';
import { startFakeNatsService } from '@trueconfig/launcher';

export interface BenchTenant {
  id: string;
  orgId: string;
  directoryTenantId: string;
  clientId: string;
  clientSecret: string;
}

/** The tenants the stand-in connector knows, and where their tokens come from (the emulator, trusted by its CA). */
export class BenchTenants {
  readonly byId = new Map<string, BenchTenant>();

  constructor(
    readonly authorityHost: string,
    readonly caPem: string,
  ) {}
}

/** Stands in for apps/connector on the two subjects the scanner asks, with real tokens from the emulator. */
@Controller()
class BenchConnectorController {
  constructor(private readonly tenants: BenchTenants) {}

  @MessagePattern(Subject.GetTenant)
  getTenant(@Payload() request: GetTenantRequest): GetTenantReply {
    const tenant = this.tenants.byId.get(request.tenantId);
    if (!tenant || tenant.orgId !== request.orgId) throw notFound('Tenant', request.tenantId);
    const now = new Date().toISOString();
    const { id, orgId, directoryTenantId, clientId } = tenant;
    return { id, orgId, directoryTenantId, clientId, displayName: 'Bench tenant', status: TenantStatus.CONNECTED, secretHint: tenant.clientSecret.slice(0, 3), secretEnteredAt: now, secretExpiresAt: null, createdAt: now, lastConnectionTest: null };
  }

  @MessagePattern(Subject.AcquireToken)
  async acquireToken(@Payload() request: AcquireTokenRequest): Promise<AcquireTokenReply> {
    const tenant = this.tenants.byId.get(request.tenantId);
    if (!tenant) throw notFound('Tenant', request.tenantId);
    const credential = new ClientSecretCredential(tenant.directoryTenantId, tenant.clientId, tenant.clientSecret, {
      authorityHost: this.tenants.authorityHost,
      disableInstanceDiscovery: true,
      tlsOptions: { ca: this.tenants.caPem },
    });
    const token = await credential.getToken('https://graph.microsoft.com/.default');
    const claims = JSON.parse(Buffer.from(token.token.split('.')[1], 'base64url').toString('utf8')) as { roles?: string[] };
    return { accessToken: token.token, expiresOnTimestamp: token.expiresOnTimestamp, directoryTenantId: tenant.directoryTenantId, grantedPermissions: claims.roles ?? [] };
  }
}

export async function startBenchConnector(natsUrl: string, tenants: BenchTenants): Promise<INestMicroservice> {
  @Module({ controllers: [BenchConnectorController], providers: [{ provide: BenchTenants, useValue: tenants }] })
  class BenchConnectorModule {}
  return startFakeNatsService(BenchConnectorModule, natsUrl, { queue: 'connector', name: 'bench-connector' });
}
