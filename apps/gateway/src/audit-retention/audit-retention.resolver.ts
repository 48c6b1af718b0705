import { Injectable } from '@nestjs/common';
import { AuditRetentionReply } from '@trueconfig/common';
import { Args, Authorized, Mutation, Query, Resolver } from 'type-graphql';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { AuditClient } from '../clients/audit.client';
import { callerOf } from '../clients/caller';
import { GatewayAudit, GatewayAuditCode } from '../gateway-audit/gateway-audit';
import { AuditRetention } from './audit-retention.type';
import { SetAuditRetentionArgs } from './set-audit-retention.args';

@Injectable()
@Resolver()
export class AuditRetentionResolver {
  constructor(
    private readonly audit: AuditClient,
    private readonly gatewayAudit: GatewayAudit,
  ) {}

  @Authorized(ApiKeyRole.VIEWER)
  @Query(() => AuditRetention, { description: "The organisation's sync-log retention." })
  auditRetention(@CurrentPrincipal() principal: Principal): Promise<AuditRetentionReply> {
    return this.audit.getRetention(principal.orgId);
  }

  @Authorized(ApiKeyRole.ADMIN)
  @Mutation(() => AuditRetention, { description: 'Sets how many days sync-log lines are kept (null: the default).' })
  async setAuditRetention(@Args() { days }: SetAuditRetentionArgs, @CurrentPrincipal() principal: Principal): Promise<AuditRetentionReply> {
    const retention = await this.audit.setRetention(callerOf(principal), days ?? null);
    await this.gatewayAudit.record(principal, {
      code: GatewayAuditCode.AUDIT_RETENTION_SET,
      message: retention.isDefault ? `Sync-log retention reset to the default (${retention.days} days).` : `Sync-log retention set to ${retention.days} days.`,
      details: { days: retention.days, isDefault: retention.isDefault },
    });
    return retention;
  }
}
