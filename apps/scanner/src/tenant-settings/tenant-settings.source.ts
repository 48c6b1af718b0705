import { Injectable } from '@nestjs/common';
import { TenantSettings } from '@trueconfig/controls';
import { toEvaluationSettings } from './tenant-settings.mapper';
import { TenantSettingsStore } from './tenant-settings.store';

/** What a scan evaluates with: the tenant's stored settings, or the documented defaults. */
@Injectable()
export class TenantSettingsSource {
  constructor(private readonly store: TenantSettingsStore) {}

  async forTenant(tenantId: string): Promise<TenantSettings> {
    return toEvaluationSettings(await this.store.findForTenant(tenantId));
  }
}
