import { ControlStatus } from '@trueconfig/common';
import { CatalogDatasetPath, DatasetPath } from '../datasets/dataset-path';
import { createEvaluation } from '../evaluation/create-evaluation';
import { defineControl } from './define-control';
import { pass } from './outcome';
import { privilegedUsersMatching } from '../roles/privileged-user-filter';
import { GLOBAL_ADMINISTRATOR } from '../roles/privileged-roles';

const base = {
  id: 'XX-01',
  title: 'Test control',
  description: 'A control used to test the declarative accumulator.',
  severity: 'low' as const,
  level: 'L1' as const,
  references: {},
  permissions: ['User.Read.All'],
  licence: 'free' as const,
  rationale: 'test',
  remediation: ['none'],
};

describe('defineControl', () => {
  it('refuses to keep a user-scaled dataset whole', () => {
    const control = defineControl({ ...base, datasets: [DatasetPath.Users], evaluate: () => pass('ok') });
    expect(() => createEvaluation([control])).toThrow('XX-01 must filter v1.0/users');
  });

  it('keeps only the filtered rows, and only optional datasets may be missing', () => {
    let seen = 0;
    const control = defineControl({
      ...base,
      datasets: [DatasetPath.Users, CatalogDatasetPath.Domains],
      required: [DatasetPath.Users],
      keep: { [DatasetPath.Users]: (row) => row.userType === 'Guest' },
      evaluate: (view) => {
        seen = view.rows(DatasetPath.Users).length;
        return pass(`domains ${view.unavailable(CatalogDatasetPath.Domains)?.cause}`);
      },
    });
    const evaluation = createEvaluation([control]);
    evaluation.feed(DatasetPath.Users, [{ id: 'a', userType: 'Member' }, { id: 'g', userType: 'Guest' }, 'junk']);
    evaluation.complete(DatasetPath.Users);
    const [result] = evaluation.finish();
    expect(seen).toBe(1);
    expect(result).toMatchObject({ status: ControlStatus.PASS, summary: 'domains not-collected' });
  });

  it('narrows users kept before the role data settled, a role dataset being unavailable included', () => {
    let kept: string[] = [];
    const roles = [CatalogDatasetPath.RoleAssignments, CatalogDatasetPath.RoleEligibilitySchedules, CatalogDatasetPath.RoleAssignableGroups];
    const control = defineControl({
      ...base,
      datasets: [...roles, DatasetPath.Users],
      required: [CatalogDatasetPath.RoleAssignments, DatasetPath.Users],
      keep: { [DatasetPath.Users]: privilegedUsersMatching(() => true) },
      evaluate: (view) => {
        kept = view.rows<{ id: string }>(DatasetPath.Users).map((u) => u.id);
        return pass('ok');
      },
    });
    const evaluation = createEvaluation([control]);
    evaluation.feed(DatasetPath.Users, [{ id: 'admin' }, { id: 'plain' }]);
    evaluation.complete(DatasetPath.Users);
    evaluation.feed(CatalogDatasetPath.RoleAssignments, [{ principalId: 'admin', roleDefinitionId: GLOBAL_ADMINISTRATOR }]);
    evaluation.complete(CatalogDatasetPath.RoleAssignments);
    evaluation.complete(CatalogDatasetPath.RoleAssignableGroups);
    evaluation.markUnavailable(CatalogDatasetPath.RoleEligibilitySchedules, { cause: 'licence', message: 'needs P2' });
    evaluation.finish();
    expect(kept).toEqual(['admin']);
  });
});
