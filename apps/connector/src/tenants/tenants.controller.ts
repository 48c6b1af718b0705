import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ConnectTenantReply,
  ConnectTenantRequest,
  DisconnectTenantReply,
  DisconnectTenantRequest,
  ReconnectTenantReply,
  ReconnectTenantRequest,
  GetTenantReply,
  GetTenantRequest,
  ListTenantsReply,
  ListTenantsRequest,
  Subject,
  TestConnectionReply,
  TestConnectionRequest,
} from '@trueconfig/common';
import { ConnectTenantHandler } from './connect-tenant.handler';
import { DisconnectTenantHandler } from './disconnect-tenant.handler';
import { ReconnectTenantHandler } from './reconnect-tenant.handler';
import { TenantQueryService } from './tenant-query.service';
import { TestConnectionHandler } from './test-connection.handler';

@Controller()
export class TenantsController {
  constructor(
    @Inject(ConnectTenantHandler) private readonly connectHandler: ConnectTenantHandler,
    @Inject(TestConnectionHandler) private readonly testHandler: TestConnectionHandler,
    @Inject(TenantQueryService) private readonly queries: TenantQueryService,
    @Inject(ReconnectTenantHandler) private readonly reconnectHandler: ReconnectTenantHandler,
    @Inject(DisconnectTenantHandler) private readonly disconnectHandler: DisconnectTenantHandler,
  ) {}

  @MessagePattern(Subject.ReconnectTenant)
  reconnectTenant(@Payload() request: ReconnectTenantRequest): Promise<ReconnectTenantReply> {
    return this.reconnectHandler.handle(request);
  }

  @MessagePattern(Subject.DisconnectTenant)
  disconnectTenant(@Payload() request: DisconnectTenantRequest): Promise<DisconnectTenantReply> {
    return this.disconnectHandler.handle(request);
  }

  @MessagePattern(Subject.ConnectTenant)
  connectTenant(@Payload() request: ConnectTenantRequest): Promise<ConnectTenantReply> {
    return this.connectHandler.handle(request);
  }

  @MessagePattern(Subject.TestConnection)
  testConnection(@Payload() request: TestConnectionRequest): Promise<TestConnectionReply> {
    return this.testHandler.handle(request);
  }

  @MessagePattern(Subject.GetTenant)
  getTenant(@Payload() request: GetTenantRequest): Promise<GetTenantReply> {
    return this.queries.get(request);
  }

  @MessagePattern(Subject.ListTenants)
  listTenants(@Payload() request: ListTenantsRequest): Promise<ListTenantsReply> {
    return this.queries.list(request);
  }
}
