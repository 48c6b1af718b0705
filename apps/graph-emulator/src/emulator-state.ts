import { SigningKey } from './entra/jwt';
import { FaultStore } from './faults/fault-store';
import { PermissionTable } from './permissions/permission-table';
import { RequestStats } from './stats/request-stats';
import { TenantStore } from './tenants/tenant-store';

/** Everything the emulator knows; tests may drive it directly as well as through the control API. */
export class EmulatorState {
  readonly tenants = new TenantStore();
  readonly faults = new FaultStore();
  readonly stats = new RequestStats();
  readonly permissions = new PermissionTable();
  readonly signingKey = SigningKey.generate();

  /** Multiplies every throttling limit (kept for the throttling tables still to come). */
  constructor(readonly throttleScale = 1) {}
}
