import { Injectable } from '@nestjs/common';
import { AuditEventDto } from '@trueconfig/common';
import { Arg, Authorized, ID, Resolver, Root, Subscription } from 'type-graphql';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { requirePrincipal } from '../auth/require-principal';
import { GatewayContext } from '../graphql/gateway-context';
import { AuditLog } from './audit-log.type';

@Injectable()
@Resolver()
export class AuditLogAddedResolver {
  @Authorized(ApiKeyRole.VIEWER)
  @Subscription(() => AuditLog, {
    description: "Each sync-log line as it is stored: one tenant's (NOT_FOUND when not yours), or the whole organisation's when tenantId is omitted.",
    subscribe: ({ args, context }) => {
      const gatewayContext = context as GatewayContext;
      const { tenantId } = args as { tenantId?: string | null };
      return gatewayContext.feeds.auditLog.open(requirePrincipal(gatewayContext), tenantId);
    },
  })
  auditLogAdded(@Root() event: AuditEventDto, @Arg('tenantId', () => ID, { nullable: true }) _tenantId?: string | null): AuditEventDto {
    return event;
  }
}
