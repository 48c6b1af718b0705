import { SigningKey } from './entra/jwt';
import { EmulatorRequest, EmulatorResponse } from './http/emulator-request';
import { FaultStore } from './faults/fault-store';
import { PermissionTable } from './permissions/permission-table';
import { RequestStats } from './stats/request-stats';
import { Throttler } from './throttling/throttler';
import { TenantStore } from './tenants/tenant-store';

/** Everything the emulator knows; tests may drive it directly as well as through the control API. */
export class EmulatorState {
  readonly tenants = new TenantStore();
  readonly faults = new FaultStore();
  readonly stats = new RequestStats();
  readonly permissions = new PermissionTable();
  readonly signingKey = SigningKey.generate();
  readonly throttler: Throttler;
  /** The whole request pipeline, set once it is built; `/$batch` sends each item through it. */
  dispatch: (request: EmulatorRequest) => Promise<EmulatorResponse> = () => Promise.reject(new Error('pipeline not built'));

  /** `throttleScale` multiplies every throttling limit (1: Graph's documented limits). */
  constructor(readonly throttleScale = 1) {
    this.throttler = new Throttler(throttleScale);
  }
}
