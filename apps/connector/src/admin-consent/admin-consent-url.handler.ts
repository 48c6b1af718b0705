import { Inject, Injectable } from '@nestjs/common';
import { AdminConsentUrlReply, AdminConsentUrlRequest, badInput, isGuid } from '@trueconfig/common';
import { CONNECTOR_CONFIG, ConnectorEnv } from '../config/connector-env.schema';
import { isDomainName } from '../tenant-input/credential-shapes';
import { TENANT_INPUT_MESSAGES } from '../tenant-input/tenant-input.messages';
import { callerOf } from '../tenants/caller';
import { requireConsentConfig } from './consent-config';
import { signConsentState } from './consent-state';

/** TrueConfig's multi-tenant app: the URL an administrator of the customer's directory opens to consent. */
@Injectable()
export class AdminConsentUrlHandler {
  constructor(@Inject(CONNECTOR_CONFIG) private readonly config: ConnectorEnv) {}

  handle(request: AdminConsentUrlRequest): AdminConsentUrlReply {
    const caller = callerOf(request);
    const consent = requireConsentConfig(this.config);
    const directoryTenantId = String(request.directoryTenantId ?? '').trim().toLowerCase();
    if (!isGuid(directoryTenantId) && !isDomainName(directoryTenantId)) {
      throw badInput('directoryTenantId', TENANT_INPUT_MESSAGES.directoryTenantIdInvalid);
    }
    const expiresAt = Math.floor(Date.now() / 1000) + consent.stateTtlSeconds;
    const displayName = typeof request.displayName === 'string' && request.displayName.trim() ? request.displayName.trim() : directoryTenantId;
    const state = signConsentState({ orgId: caller.orgId, actor: caller.actor ?? '', directoryTenantId, displayName, expiresAt }, consent.stateSecret);
    const url = new URL(`${consent.authorityHost}/${encodeURIComponent(directoryTenantId)}/adminconsent`);
    url.searchParams.set('client_id', consent.clientId);
    url.searchParams.set('redirect_uri', consent.redirectUri);
    url.searchParams.set('state', state);
    return { url: url.toString(), expiresAt: new Date(expiresAt * 1000).toISOString() };
  }
}
