import { Injectable } from '@nestjs/common';
import {
  Caller,
  ConnectTenantReply,
  DisconnectTenantReply,
  NatsRequester,
  ReconnectTenantReply,
  sealSecret,
  Subject,
  TenantCredentialsInput,
} from '@trueconfig/common';

/**
 * The connector's credential-carrying requests. The client secret never crosses NATS readable: it is
 * sealed with the connector's public key (asked for each time, so a key rotation is picked up at once).
 */
@Injectable()
export class TenantLifecycleClient {
  constructor(private readonly nats: NatsRequester) {}

  async connectTenant(caller: Caller, input: TenantCredentialsInput): Promise<ConnectTenantReply> {
    return this.nats.request(Subject.ConnectTenant, { ...caller, input: await this.sealed(input) });
  }

  async reconnectTenant(caller: Caller, tenantId: string, input: TenantCredentialsInput): Promise<ReconnectTenantReply> {
    return this.nats.request(Subject.ReconnectTenant, { ...caller, tenantId, input: await this.sealed(input) });
  }

  disconnectTenant(caller: Caller, tenantId: string): Promise<DisconnectTenantReply> {
    return this.nats.request(Subject.DisconnectTenant, { ...caller, tenantId });
  }

  private async sealed(input: TenantCredentialsInput): Promise<TenantCredentialsInput> {
    const { displayName, directoryTenantId, clientId, clientSecret } = input;
    const key = await this.nats.request(Subject.ConnectorPublicKey, {});
    return { displayName, directoryTenantId, clientId, clientSecret: sealSecret(key, clientSecret) };
  }
}
