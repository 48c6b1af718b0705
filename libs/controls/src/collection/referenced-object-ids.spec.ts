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
