import { Controller, INestMicroservice, Module } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ConnectTenantRequest,
  GetScanRequest,
  GetScanResultsRequest,
  GetTenantRequest,
  LatestScansRequest,
  ListTenantsRequest,
  StartScanRequest,
  Subject,
  TestConnectionRequest,
} from '@trueconfig/common';
import { startFakeNatsService } from '@trueconfig/launcher';
import { FakeBackend } from './fake-backend';

/** The connector's and scanner's subjects, served by a Nest NATS microservice as the real ones are. */
export async function startFakeServices(natsUrl: string, backend: FakeBackend): Promise<INestMicroservice> {
  @Controller()
  class FakeServicesController {
    @MessagePattern(Subject.ConnectTenant)
    connectTenant(@Payload() request: ConnectTenantRequest) {
      return backend.connectTenant(request);
    }

    @MessagePattern(Subject.ConnectorPublicKey)
    connectorPublicKey() {
      return backend.connectorPublicKey();
    }

    @MessagePattern(Subject.TestConnection)
    testConnection(@Payload() request: TestConnectionRequest) {
      return backend.testConnection(request);
    }

    @MessagePattern(Subject.GetTenant)
    getTenant(@Payload() request: GetTenantRequest) {
      return backend.getTenant(request);
    }

    @MessagePattern(Subject.ListTenants)
    listTenants(@Payload() request: ListTenantsRequest) {
      return backend.listTenants(request);
    }

    @MessagePattern(Subject.StartScan)
    startScan(@Payload() request: StartScanRequest) {
      return backend.startScan(request);
    }

    @MessagePattern(Subject.GetScan)
    getScan(@Payload() request: GetScanRequest) {
      return backend.getScan(request);
    }

    @MessagePattern(Subject.LatestScans)
    latestScans(@Payload() request: LatestScansRequest) {
      return backend.latestScans(request);
    }

    @MessagePattern(Subject.GetScanResults)
    scanResults(@Payload() request: GetScanResultsRequest) {
      return backend.scanResults(request);
    }
  }

  @Module({ controllers: [FakeServicesController] })
  class FakeServicesModule {}

  return startFakeNatsService(FakeServicesModule, natsUrl, { queue: 'fake-services' });
}
