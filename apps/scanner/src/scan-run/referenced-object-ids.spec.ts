import { RecordedDataset } from './recorded-dataset';
import { ReferencedObjectIds } from './referenced-object-ids';

describe('ReferencedObjectIds', () => {
  it("collects the policies' user and group ids, without All/None/GuestsOrExternalUsers, in chunks Graph accepts", () => {
    const ids = new ReferencedObjectIds();
    ids.observe([
      { conditions: { users: { includeUsers: ['All'], excludeUsers: ['u1', 'u2'], includeGroups: ['g1'], excludeGroups: [], includeRoles: ['r1'] } } },
      { conditions: { users: { includeUsers: ['None', 'GuestsOrExternalUsers', 'u1'] } } },
      null,
      { conditions: {} },
    ]);
    expect(ids.chunks()).toEqual([['g1', 'u1', 'u2']]);
    expect(ids.chunks(2)).toEqual([['g1', 'u1'], ['u2']]);
    expect(new ReferencedObjectIds().chunks()).toEqual([]);
  });
});

describe('RecordedDataset', () => {
  it('replays rows read ahead, or their unavailability, into the evaluation', () => {
    const target = { feed: jest.fn(), complete: jest.fn(), markUnavailable: jest.fn() };
    const read = new RecordedDataset('v1.0/subscribedSkus');
    read.feed('v1.0/subscribedSkus', [{ id: 'a' }]);
    read.feed('v1.0/subscribedSkus', [{ id: 'b' }]);
    read.complete();
    read.replayInto(target);
    expect(target.feed).toHaveBeenCalledWith('v1.0/subscribedSkus', [{ id: 'a' }, { id: 'b' }]);
    expect(target.complete).toHaveBeenCalledWith('v1.0/subscribedSkus');

    const refused = new RecordedDataset('v1.0/subscribedSkus');
    refused.markUnavailable('v1.0/subscribedSkus', { cause: 'permission', permission: 'Directory.Read.All', message: 'denied' });
    refused.replayInto(target);
    expect(target.markUnavailable).toHaveBeenCalledWith('v1.0/subscribedSkus', expect.objectContaining({ cause: 'permission' }));
    expect(refused.completed).toBe(false);
  });
});
