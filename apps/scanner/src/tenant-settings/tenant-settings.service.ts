import { Injectable, Logger } from '@nestjs/common';
import {
  AcceptRiskRequest,
  badInput,
  Caller,
  GetTenantSettingsRequest,
  isGuid,
  NatsRequester,
  notFound,
  RevokeRiskAcceptanceRequest,
  Subject,
  TenantSettingsDto,
  UpdateTenantSettingsRequest,
} from '@trueconfig/common';
import { ENTRA_CATALOG } from '@trueconfig/controls';
import { MAX_TENANTS_PER_BATCH } from '../scan/latest-scans.handler';
import { validateRiskAcceptance } from './risk-acceptance-input';
import { validateSettingsInput } from './tenant-settings-input';
import { toTenantSettingsDto } from './tenant-settings.mapper';
import { SettingsChange, TenantSettingsStore } from './tenant-settings.store';
import { TenantSettingsAudit, TenantSettingsAuditCode } from './tenant-settings-audit';

const CONTROL_IDS = new Set(ENTRA_CATALOG.map((c) => c.id));

/** Reads and changes tenants' settings; a change needs the tenant to be the caller organisation's (the connector says so). */
@Injectable()
export class TenantSettingsService {
  private readonly logger = new Logger(TenantSettingsService.name);

  constructor(
    private readonly store: TenantSettingsStore,
    private readonly requester: NatsRequester,
    private readonly audit: TenantSettingsAudit,
  ) {}

  async getMany(request: GetTenantSettingsRequest): Promise<TenantSettingsDto[]> {
    if (!Array.isArray(request.tenantIds) || request.tenantIds.length > MAX_TENANTS_PER_BATCH) {
      throw badInput('tenantIds', `tenantIds must be a list of at most ${MAX_TENANTS_PER_BATCH} tenant ids.`);
    }
    const ids = [...new Set(request.tenantIds.filter((id) => typeof id === 'string' && isGuid(id)))];
    const rows = new Map((await this.store.findForTenants(request.orgId, ids)).map((row) => [row.tenantId, row]));
    return request.tenantIds.map((id) => toTenantSettingsDto(id, rows.get(id) ?? null));
  }

  async update(request: UpdateTenantSettingsRequest): Promise<TenantSettingsDto> {
    await this.requireTenant(request, request.tenantId);
    const current = (await this.store.findForTenants(request.orgId, [request.tenantId]))[0];
    const patch = validateSettingsInput(request.input, current?.thresholds);
    const changed = await this.change(request, request.tenantId, 'tenant settings updated', (row) => {
      Object.assign(row, { ...patch, approvedExclusions: { ...row.approvedExclusions, ...patch.approvedExclusions } });
    });
    const parts = Object.keys(patch);
    await this.audit.record(request, request.tenantId, TenantSettingsAuditCode.TENANT_SETTINGS_UPDATED, `Tenant settings changed: ${parts.join(', ') || 'nothing'}.`, { parts });
    return changed;
  }

  async acceptRisk(request: AcceptRiskRequest): Promise<TenantSettingsDto> {
    const acceptance = validateRiskAcceptance(request, (id) => CONTROL_IDS.has(id), new Date());
    await this.requireTenant(request, request.tenantId);
    const changed = await this.change(request, request.tenantId, `risk accepted for ${acceptance.controlId}`, (row) => {
      row.riskAcceptances = [...row.riskAcceptances.filter((a) => a.controlId !== acceptance.controlId), acceptance];
    });
    const { controlId, owner, expiresAt } = acceptance;
    await this.audit.record(request, request.tenantId, TenantSettingsAuditCode.RISK_ACCEPTED, `Risk accepted for ${controlId} by ${owner} until ${expiresAt}.`, { controlId, owner, expiresAt });
    return changed;
  }

  async revoke(request: RevokeRiskAcceptanceRequest): Promise<TenantSettingsDto> {
    await this.requireTenant(request, request.tenantId);
    const controlId = typeof request.controlId === 'string' ? request.controlId.trim().toUpperCase() : '';
    const current = (await this.store.findForTenants(request.orgId, [request.tenantId]))[0];
    if (!current?.riskAcceptances.some((a) => a.controlId === controlId)) {
      throw badInput('controlId', `${controlId || 'That control'} has no risk acceptance on this tenant.`);
    }
    const changed = await this.change(request, request.tenantId, `risk acceptance revoked for ${controlId}`, (row) => {
      row.riskAcceptances = row.riskAcceptances.filter((a) => a.controlId !== controlId);
    });
    await this.audit.record(request, request.tenantId, TenantSettingsAuditCode.RISK_ACCEPTANCE_REVOKED, `Risk acceptance for ${controlId} revoked.`, { controlId });
    return changed;
  }

  private async change(caller: Caller, tenantId: string, what: string, change: SettingsChange): Promise<TenantSettingsDto> {
    const saved = await this.store.update(caller.orgId, tenantId, caller.actor, change);
    this.logger.log({ msg: what, tenantId, actor: caller.actor });
    return toTenantSettingsDto(tenantId, saved);
  }

  /** Another organisation's tenant, or none, is NOT_FOUND (the connector's answer). */
  private async requireTenant(caller: Caller, tenantId: unknown): Promise<void> {
    if (typeof tenantId !== 'string' || !isGuid(tenantId)) throw notFound('Tenant', String(tenantId));
    await this.requester.request(Subject.GetTenant, { orgId: caller.orgId, tenantId });
  }
}
