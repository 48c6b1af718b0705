import { LicenceTier } from '@trueconfig/common';
import { datasetDefinition } from '../datasets/dataset-definitions';
import { DatasetPath } from '../datasets/dataset-path';
import { ResolvedSettings } from '../settings/tenant-settings';
import { ControlDescription } from './control-definition';
import { ControlOutcome } from './control-outcome';
import { DatasetUnavailability } from './dataset-availability';
import { errored, notApplicable } from './outcome';

const TIER_ORDER: Record<LicenceTier, number> = { free: 0, p1: 1, p2: 2 };
const TIER_NAME: Record<LicenceTier, string> = { free: 'Entra ID Free', p1: 'Entra ID P1', p2: 'Entra ID P2' };

/**
 * A required dataset is missing. A licence gate (Graph's answer, or a known licence below the
 * dataset's) is NOT_APPLICABLE; a missing permission or any other failure is ERROR with the reason —
 * never FAIL.
 */
export function unavailableOutcome(control: ControlDescription, dataset: DatasetPath, gap: DatasetUnavailability, settings: ResolvedSettings): ControlOutcome {
  const definition = datasetDefinition(dataset);
  if (gap.cause === 'licence' || licenceBelow(settings.licence, definition.licence)) {
    return notApplicable(`${definition.label} data requires an ${TIER_NAME[definition.licence]} licence, which the tenant does not have.`);
  }
  return errored(`${definition.label} data is unavailable (${reasonOf(gap)}): ${control.id} cannot be evaluated.`);
}

export function licenceBelow(tenant: LicenceTier | null, needed: LicenceTier): boolean {
  return tenant !== null && TIER_ORDER[tenant] < TIER_ORDER[needed];
}

export function tierName(tier: LicenceTier): string {
  return TIER_NAME[tier];
}

function reasonOf(gap: DatasetUnavailability): string {
  switch (gap.cause) {
    case 'permission':
      return `requires ${gap.permission ?? 'a Graph permission'}`;
    case 'not-collected':
      return 'not collected';
    default:
      return gap.status ? `Graph answered ${gap.status}${gap.code ? ` ${gap.code}` : ''}` : gap.message;
  }
}
