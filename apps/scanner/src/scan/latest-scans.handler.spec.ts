import { ErrorCode, ScanSummaryDto } from '@trueconfig/common';
import { LatestScansHandler, MAX_TENANTS_PER_BATCH } from './latest-scans.handler';
import { ScanQuery } from './scan.query';

const T1 = '11111111-1111-4111-8111-111111111111';
const T2 = '22222222-2222-4222-8222-222222222222';

describe('LatestScansHandler', () => {
  const latestForTenants = jest.fn(async (_org: string, ids: readonly string[]) => new Map(ids.filter((id) => id === T2).map((id) => [id, { id: 's2', tenantId: id } as ScanSummaryDto])));
  const handler = new LatestScansHandler({ latestForTenants } as unknown as ScanQuery);

  it('answers one entry per requested id, in order, null where none', async () => {
    await expect(handler.handle({ orgId: 'org', tenantIds: [T1, T2, 'not-a-guid', T2] })).resolves.toEqual([null, { id: 's2', tenantId: T2 }, null, { id: 's2', tenantId: T2 }]);
    expect(latestForTenants).toHaveBeenCalledWith('org', [T1, T2]);
  });

  it('refuses oversized batches', async () => {
    const ids = Array.from({ length: MAX_TENANTS_PER_BATCH + 1 }, () => T1);
    await expect(handler.handle({ orgId: 'org', tenantIds: ids })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
  });
});
