import { LicenceTier } from '@trueconfig/common';
import { DatasetDefinition } from '../datasets/dataset-definition';
import { DatasetUnavailability } from '../model/dataset-availability';

const RANK: Record<LicenceTier, number> = { free: 0, p1: 1, p2: 2 };
const NAME: Record<LicenceTier, string> = { free: 'Entra ID Free', p1: 'Entra ID P1', p2: 'Entra ID P2' };

export function licenceAtLeast(tenant: LicenceTier | null, needed: LicenceTier): boolean {
  return tenant === null || RANK[tenant] >= RANK[needed];
}

/**
 * The reason a dataset is not requested at all: the tenant's licence (from its subscribed SKUs) is below
 * the dataset's, so Graph would only answer with its licence error. Null when the read should be tried
 * (licence enough, or unknown).
 */
export function licenceGap(dataset: DatasetDefinition, tenant: LicenceTier | null): DatasetUnavailability | null {
  if (licenceAtLeast(tenant, dataset.licence)) return null;
  return { cause: 'licence', message: `${dataset.label} data requires an ${NAME[dataset.licence]} licence; the tenant has ${NAME[tenant ?? 'free']}.` };
}
