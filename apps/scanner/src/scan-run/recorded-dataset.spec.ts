import { RecordedDataset } from './recorded-dataset';

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
