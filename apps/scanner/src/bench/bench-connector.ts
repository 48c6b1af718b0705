import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessagePattern, MicroserviceOptions, Payload, Transport } from '@nestjs/microservices';
import { AcquireTokenReply, AcquireTokenRequest, AppErrorRpcFilter, GetTenantReply, GetTenantRequest, notFound, Subject, TenantStatus } from '@trueconfig/common';
import { BenchEmulator } from './emulator-admin';

export interface BenchTenant {
  id: string;
  orgId: string;
  directoryTenantId: string;
  clientId: string;
  clientSecret: string;
}

export class BenchTenants {
  readonly byId = new Map<string, BenchTenant>();

  constructor(readonly emulator: BenchEmulator) {}
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
    return {
      id: tenant.id,
      orgId: tenant.orgId,
      displayName: 'Bench tenant',
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
    const tenant = this.tenants.byId.get(request.tenantId);
    if (!tenant) throw notFound('Tenant', request.tenantId);
    const form = { client_id: tenant.clientId, client_secret: tenant.clientSecret, scope: 'https://graph.microsoft.com/.default', grant_type: 'client_credentials' };
    const token = await this.tenants.emulator.call<{ access_token: string; expires_in: number }>('POST', `/${tenant.directoryTenantId}/oauth2/v2.0/token`, undefined, form);
    const claims = JSON.parse(Buffer.from(token.access_token.split('.')[1], 'base64url').toString('utf8')) as { roles?: string[] };
    return {
      accessToken: token.access_token,
      expiresOnTimestamp: Date.now() + token.expires_in * 1000,
      directoryTenantId: tenant.directoryTenantId,
      grantedPermissions: claims.roles ?? [],
    };
  }
}

export async function startBenchConnector(natsUrl: string, tenants: BenchTenants): Promise<INestMicroservice> {
  @Module({ controllers: [BenchConnectorController], providers: [{ provide: BenchTenants, useValue: tenants }] })
  class BenchConnectorModule {}
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(BenchConnectorModule, {
    transport: Transport.NATS,
    options: { servers: [natsUrl], queue: 'connector', name: 'bench-connector' },
    logger: false,
  });
  app.useGlobalFilters(new AppErrorRpcFilter());
  await app.listen();
  return app;
}
