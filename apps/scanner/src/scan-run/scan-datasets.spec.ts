import { CatalogDatasetPath, DatasetPath } from '@trueconfig/controls';
import { readingPhases, SCAN_DATASETS } from './scan-datasets';

describe('readingPhases', () => {
  it('reads every catalog dataset but the SKUs (read first), with getByIds after the Conditional Access policies', () => {
    const [first, then] = readingPhases(SCAN_DATASETS);
    expect(then).toEqual([CatalogDatasetPath.ReferencedDirectoryObjects]);
    expect(first).toContain(DatasetPath.ConditionalAccessPolicies);
    expect(first).not.toContain(CatalogDatasetPath.SubscribedSkus);
    expect(first.length + then.length + 1).toBe(SCAN_DATASETS.length);
  });
});
