import { UserChangeLog } from './user-change-log';

describe('UserChangeLog', () => {
  it('updates upward from the first non-admin, deletes downward from the last user, versioned', () => {
    const log = new UserChangeLog(10, 2);
    expect(log.apply(2, 1)).toEqual({ version: 1, updated: [2, 3], deleted: [9] });
    expect(log.apply(1, 0)).toEqual({ version: 2, updated: [4], deleted: [] });
    expect(log.since(0)).toEqual([
      { index: 2, change: 'updated' },
      { index: 3, change: 'updated' },
      { index: 4, change: 'updated' },
      { index: 9, change: 'deleted' },
    ]);
    expect(log.since(1)).toEqual([{ index: 4, change: 'updated' }]);
    expect([log.isDeleted(9), log.updateCount(2), log.deletedCount]).toEqual([true, 1, 1]);
  });

  it('never updates a deleted user and stops deleting when none are left', () => {
    const log = new UserChangeLog(2, 0);
    expect(log.apply(0, 5).deleted).toEqual([1, 0]);
    expect(log.apply(3, 0).updated).toEqual([]);
  });
});
