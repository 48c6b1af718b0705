import { datasetDefinition } from '../datasets/dataset-definitions';
import { CatalogDatasetPath, DatasetPath } from '../datasets/dataset-path';
import { CollectionFacts } from './collection-facts';
import { defineCollector, findCollector } from './dataset-collector';
import { licenceGap } from './licence-gate';
import { licenceTierOf } from './licence-tier';
import { scanDatasetRequest } from './scan-dataset-request';

const FACTS: CollectionFacts = { licence: 'p1', grantedPermissions: ['User.Read.All', 'AuditLog.Read.All'], previousScanStartedAt: null };
const users = () => findCollector(DatasetPath.Users)!;

describe('scanDatasetRequest', () => {
  it("adds the full catalog's fields and, with P1 and AuditLog.Read.All, signInActivity at 500 a page", () => {
    expect(scanDatasetRequest(users(), FACTS)?.query).toEqual({
      $select: 'id,displayName,userPrincipalName,accountEnabled,userType,createdDateTime,onPremisesSyncEnabled,signInActivity',
      $top: '500',
    });
  });

  it('leaves signInActivity out without the licence, without the permission, or when the licence is unknown', () => {
    for (const facts of [{ ...FACTS, licence: 'free' as const }, { ...FACTS, grantedPermissions: ['User.Read.All'] }, { ...FACTS, licence: null }]) {
      expect(scanDatasetRequest(users(), facts)?.query).toEqual({ $select: 'id,displayName,userPrincipalName,accountEnabled,userType,createdDateTime,onPremisesSyncEnabled', $top: '999' });
    }
  });

  it('fills the audit filter with the previous scan start, and reads no audits without one', () => {
    const audits = defineCollector(CatalogDatasetPath.DirectoryAudits, { top: 999 });
    expect(scanDatasetRequest(audits, FACTS)).toBeNull();
    const since = new Date('2026-11-20T08:00:00.000Z');
    expect(scanDatasetRequest(audits, { ...FACTS, previousScanStartedAt: since })?.query).toEqual({ $top: '999', $filter: 'activityDateTime ge 2026-11-20T08:00:00.000Z' });
  });
});

describe('licence', () => {
  const sku = (...plans: string[]) => ({ capabilityStatus: 'Enabled', servicePlans: plans.map((servicePlanName) => ({ servicePlanName, provisioningStatus: 'Success' })) });

  it('takes the best enabled Entra ID plan of the subscribed SKUs', () => {
    expect(licenceTierOf([sku('EXCHANGE_S_ENTERPRISE')])).toBe('free');
    expect(licenceTierOf([sku('EXCHANGE_S_ENTERPRISE', 'AAD_PREMIUM')])).toBe('p1');
    expect(licenceTierOf([sku('AAD_PREMIUM'), sku('AAD_PREMIUM_P2')])).toBe('p2');
    expect(licenceTierOf([{ ...sku('AAD_PREMIUM_P2'), capabilityStatus: 'Suspended' }])).toBe('free');
  });

  it('does not request a dataset above the tenant licence, and tries every dataset when the licence is unknown', () => {
    const pim = datasetDefinition(CatalogDatasetPath.RoleEligibilitySchedules);
    expect(licenceGap(pim, 'p1')).toMatchObject({ cause: 'licence', message: expect.stringContaining('Entra ID P2') });
    expect(licenceGap(pim, 'p2')).toBeNull();
    expect(licenceGap(pim, null)).toBeNull();
  });
});
