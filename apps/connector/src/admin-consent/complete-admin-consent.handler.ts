import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  AppError,
  AuditLevel,
  CompleteAdminConsentReply,
  CompleteAdminConsentRequest,
  ConnectionMode,
  ErrorCode,
  isGuid,
  TROUBLESHOOTING_PAGE,
} from '@trueconfig/common';
import { ConnectorAuditCode } from '../audit/connector-audit-code';
import { AuditCaller, ConnectorAudit } from '../audit/connector-audit.service';
import { CONNECTOR_CONFIG, ConnectorEnv } from '../config/connector-env.schema';
import { ConnectionOutcome } from '../connection-tests/connection-outcome';
import { ConnectionTestRecorder } from '../connection-tests/connection-test-recorder.service';
import { ConnectionTester } from '../connection-tests/connection-tester.service';
import { CredentialCache } from '../entra/credential-cache';
import { TenantsStore } from '../tenants/tenants.store';
import { toTenantDto } from '../tenants/to-tenant-dto';
import { ADMIN_CONSENT_MESSAGES as MESSAGES } from './admin-consent.messages';
import { consentedTenant } from './consented-tenant';
import { requireConsentConfig } from './consent-config';
import { ConsentState, verifyConsentState } from './consent-state';

/**
 * Entra's redirect after admin consent, passed on by the gateway's callback: the state is checked,
 * then TrueConfig's own app is tested in the customer's directory and the tenant saved (or updated).
 */
@Injectable()
export class CompleteAdminConsentHandler {
  private readonly logger = new Logger(CompleteAdminConsentHandler.name);

  constructor(
    @Inject(CONNECTOR_CONFIG) private readonly config: ConnectorEnv,
    @Inject(ConnectionTester) private readonly tester: ConnectionTester,
    @Inject(ConnectionTestRecorder) private readonly recorder: ConnectionTestRecorder,
    @Inject(TenantsStore) private readonly tenants: TenantsStore,
    @Inject(CredentialCache) private readonly cache: CredentialCache,
    @Inject(ConnectorAudit) private readonly audit: ConnectorAudit,
  ) {}

  async handle(request: CompleteAdminConsentRequest): Promise<CompleteAdminConsentReply> {
    const consent = requireConsentConfig(this.config);
    const state = verifiedState(request, consent.stateSecret);
    const caller: AuditCaller = { orgId: state.orgId, actor: state.actor || null };
    const directoryTenantId = grantedDirectory(request, state);
    const credentials = { directoryTenantId, clientId: consent.clientId, clientSecret: this.config.TRUECONFIG_APP_CLIENT_SECRET as string };
    const outcome = await this.tester.test(credentials, { customerSecret: false });
    if (!outcome.tokenAcquired) return this.fail(caller, outcome);
    return this.save(caller, state, outcome);
  }

  private async fail(caller: AuditCaller, outcome: ConnectionOutcome): Promise<never> {
    const { test } = await this.recorder.recordWithoutTenant(caller, outcome);
    await this.audit.connectFailed(caller, test, outcome.tested);
    const { errorCode, message, remediation } = outcome.diagnosis;
    throw new AppError(errorCode ?? ErrorCode.INTERNAL, message, { remediation, details: { connectionTest: test } });
  }

  private async save(caller: AuditCaller, state: ConsentState, outcome: ConnectionOutcome): Promise<CompleteAdminConsentReply> {
    const existing = await this.tenants.findConnected(caller.orgId, outcome.tested.directoryTenantId, outcome.tested.clientId);
    const tenant = consentedTenant(caller.orgId, state.displayName, outcome, existing);
    this.cache.evict(tenant.id);
    const { row, test } = await this.recorder.recordForTenant(caller, tenant, outcome, (manager) => this.tenants.insert(tenant, manager));
    const dto = toTenantDto(tenant, row);
    this.logger.log(`admin consent recorded for tenant ${tenant.id} (${tenant.status})`);
    await this.audit.event(caller, {
      tenantId: tenant.id,
      code: ConnectorAuditCode.ADMIN_CONSENT_RECORDED,
      level: AuditLevel.INFO,
      message: `Admin consent recorded for directory ${tenant.directoryTenantId}; TrueConfig's app connected with status ${tenant.status}.`,
      details: { directoryTenantId: tenant.directoryTenantId, clientId: tenant.clientId, connectionMode: ConnectionMode.ADMIN_CONSENT },
    });
    await this.audit.tenantConnected(caller, dto, test);
    return { tenant: dto, connectionTest: test };
  }
}

function verifiedState(request: CompleteAdminConsentRequest, secret: string): ConsentState {
  const check = verifyConsentState(String(request?.state ?? ''), secret, new Date());
  if (check.ok) return check.state;
  const message = { malformed: MESSAGES.stateMalformed, signature: MESSAGES.stateSignature, expired: MESSAGES.stateExpired }[check.reason];
  throw new AppError(ErrorCode.BAD_USER_INPUT, message, { details: { field: 'state' } });
}

/** The directory Entra says consented; it must be the one asked for when that was a GUID. */
function grantedDirectory(request: CompleteAdminConsentRequest, state: ConsentState): string {
  if (request.error) {
    throw new AppError(ErrorCode.INSUFFICIENT_PERMISSIONS, MESSAGES.declined(String(request.errorDescription ?? request.error)), {
      remediation: [TROUBLESHOOTING_PAGE.insufficientPermissions.adminConsent, ...TROUBLESHOOTING_PAGE.missingMfaData.newConnections],
    });
  }
  if (String(request.adminConsent).toLowerCase() !== 'true') throw new AppError(ErrorCode.BAD_USER_INPUT, MESSAGES.notGranted, { details: { field: 'admin_consent' } });
  const granted = String(request.tenant ?? '').toLowerCase();
  if (!isGuid(granted)) throw new AppError(ErrorCode.BAD_USER_INPUT, MESSAGES.notGranted, { details: { field: 'tenant' } });
  if (isGuid(state.directoryTenantId) && state.directoryTenantId !== granted) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, MESSAGES.wrongDirectory(state.directoryTenantId, granted), { details: { field: 'tenant' } });
  }
  return granted;
}
