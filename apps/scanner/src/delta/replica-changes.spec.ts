import { registeredIds, toReplicaChanges } from './replica-changes';

describe('toReplicaChanges', () => {
  it('keeps changed objects without annotations and collects removed ids', () => {
    const rows = [
      { id: 'a', displayName: 'A', '@odata.type': '#microsoft.graph.user' },
      { '@odata.type': '#microsoft.graph.user', id: 'b', '@removed': { reason: 'changed' } },
      { displayName: 'no id' },
      null,
    ];
    expect(toReplicaChanges(rows)).toEqual({ upserts: [{ id: 'a', data: { id: 'a', displayName: 'A' } }], removals: ['b'] });
  });
});

describe('registeredIds', () => {
  it('keeps the ids of users with MFA registered', () => {
    expect(registeredIds([{ id: 'a', isMfaRegistered: true, methodsRegistered: ['fido2'] }, { id: 'b' }, { id: 'c', isMfaRegistered: false }, { isMfaRegistered: true }, null])).toEqual(['a']);
  });
});
