import { Inject, Injectable } from '@nestjs/common';
import { AuditEventDto, badInput, isGuid } from '@trueconfig/common';
import { Principal } from '../auth/principal';
import { ConnectorClient } from '../clients/connector.client';
import { auditLogKey, GATEWAY_PUB_SUB, GatewayPubSub, GatewayTopic } from '../graphql/gateway-pub-sub';
import { relayUntil } from '../scan-progress/relay-until';
import { startListening } from '../scan-progress/start-listening';

/**
 * Opens `auditLogAdded` streams. The tenant is first looked up with the caller's organisation (another
 * organisation's tenant answers NOT_FOUND), and events are keyed by organisation, so isolation is structural.
 */
@Injectable()
export class AuditLogFeed {
  constructor(
    @Inject(GATEWAY_PUB_SUB) private readonly pubSub: GatewayPubSub,
    private readonly connector: ConnectorClient,
  ) {}

  async open(principal: Principal, tenantId: string | null | undefined): Promise<AsyncIterable<AuditEventDto>> {
    if (tenantId !== null && tenantId !== undefined && !isGuid(tenantId)) {
      throw badInput('tenantId', 'tenantId must be a tenant id (a UUID) returned by this API.');
    }
    const key = tenantId ? auditLogKey.byTenant(principal.orgId, tenantId) : auditLogKey.all(principal.orgId);
    const live = startListening(this.pubSub.subscribe(GatewayTopic.AuditLogAdded, key));
    if (tenantId) {
      try {
        await this.connector.getTenant(principal.orgId, tenantId);
      } catch (error) {
        await live.return?.();
        throw error;
      }
    }
    return relayUntil(live);
  }
}
