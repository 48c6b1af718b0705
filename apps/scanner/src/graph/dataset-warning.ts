import { DatasetDefinition, DatasetUnavailability, describeRequirement } from '@trueconfig/controls';

/**
 * The sync-log warning for a dataset that could not be read, in the troubleshooting page's words:
 * "MFA registration fetch failed (requires Reports.Read.All)".
 */
export function datasetWarning(dataset: DatasetDefinition, reason: DatasetUnavailability): string {
  return `${dataset.label} fetch failed (${describeRequirement(reason)})`;
}
