import { Injectable } from '@nestjs/common';
import {
  Caller,
  ConnectionTestDto,
  ConnectTenantReply,
  NatsRequester,
  PageRequest,
  Subject,
  TenantCredentialsInput,
  TenantDto,
  ListTenantsReply,
} from '@trueconfig/common';

/** The connector's requests, as the gateway makes them (every one scoped to an organisation). */
@Injectable()
export class ConnectorClient {
  constructor(private readonly nats: NatsRequester) {}

  connectTenant(caller: Caller, input: TenantCredentialsInput): Promise<ConnectTenantReply> {
    return this.nats.request(Subject.ConnectTenant, { ...caller, input });
  }

  testConnection(caller: Caller, tenantId: string): Promise<ConnectionTestDto> {
    return this.nats.request(Subject.TestConnection, { ...caller, tenantId });
  }

  getTenant(orgId: string, tenantId: string): Promise<TenantDto> {
    return this.nats.request(Subject.GetTenant, { orgId, tenantId });
  }

  listTenants(orgId: string, page: PageRequest): Promise<ListTenantsReply> {
    return this.nats.request(Subject.ListTenants, { orgId, ...page });
  }
}
