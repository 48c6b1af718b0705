import { Injectable } from '@nestjs/common';
import { Args, Authorized, Mutation, Query, Resolver } from 'type-graphql';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { GatewayAudit, GatewayAuditCode } from '../gateway-audit/gateway-audit';
import { ConnectionArgs } from '../pagination/connection.args';
import { Connection } from '../pagination/connection.type';
import { fetchConnection } from '../pagination/fetch-connection';
import { ApiKeyRole } from './api-key-role.enum';
import { ApiKeyIdArgs, CreateApiKeyArgs } from './api-key.args';
import { ApiKeyConnection } from './api-key-connection.type';
import { OrganisationApiKeys } from './api-key-page.store';
import { toApiKey } from './api-key.mapper';
import { ApiKey, CreateApiKeyPayload } from './api-key.type';

/** Managing the organisation's API keys: admin only. */
@Injectable()
@Resolver()
export class ApiKeyResolver {
  constructor(
    private readonly keys: OrganisationApiKeys,
    private readonly gatewayAudit: GatewayAudit,
  ) {}

  @Authorized(ApiKeyRole.ADMIN)
  @Query(() => ApiKeyConnection, { description: "The organisation's API keys, oldest first (never their secret)." })
  async apiKeys(@Args() args: ConnectionArgs, @CurrentPrincipal() principal: Principal): Promise<Connection<ApiKey>> {
    const connection = await fetchConnection(args, (page) => this.keys.page(principal.orgId, page));
    return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, node: toApiKey(edge.node) })) };
  }

  @Authorized(ApiKeyRole.ADMIN)
  @Mutation(() => CreateApiKeyPayload, { description: 'Creates a key for the organisation; the key is returned only this once.' })
  async createApiKey(@Args() { role, name }: CreateApiKeyArgs, @CurrentPrincipal() principal: Principal): Promise<CreateApiKeyPayload> {
    const { key, record } = await this.keys.create(principal.orgId, role, name?.trim() || null);
    await this.gatewayAudit.record(principal, {
      code: GatewayAuditCode.API_KEY_CREATED,
      message: `API key ${record.id} created with the role ${role}.`,
      details: { apiKeyId: record.id, role, name: record.name ?? null },
    });
    return { key, apiKey: toApiKey(record) };
  }

  @Authorized(ApiKeyRole.ADMIN)
  @Mutation(() => ApiKey, { description: 'Revokes a key at once; NOT_FOUND when it is not your organisation’s.' })
  async revokeApiKey(@Args() { id }: ApiKeyIdArgs, @CurrentPrincipal() principal: Principal): Promise<ApiKey> {
    const record = await this.keys.revoke(principal.orgId, id);
    await this.gatewayAudit.record(principal, {
      code: GatewayAuditCode.API_KEY_REVOKED,
      message: `API key ${record.id} revoked.`,
      details: { apiKeyId: record.id },
    });
    return toApiKey(record);
  }
}
