import { ControlStatus } from '@trueconfig/common';
import { ID_01 } from '../catalog/id-01/id-01.control';
import { CatalogDatasetPath, DatasetPath } from '../datasets/dataset-path';
import { ControlDefinition } from '../model/control-definition';
import { member, registration } from '../testing/graph-fixtures';
import { createEvaluation } from './create-evaluation';

const exploding: ControlDefinition = {
  ...ID_01,
  id: 'XX-99',
  title: 'Explodes',
  datasets: [DatasetPath.Users],
  createAccumulator: () => ({
    accept: () => {
      throw new Error('bad row');
    },
    finish: () => {
      throw new Error('unreachable');
    },
  }),
};

describe('createEvaluation', () => {
  it('lists the catalog datasets users first', () => {
    expect(createEvaluation([ID_01]).datasets).toEqual([DatasetPath.Users, DatasetPath.UserRegistrationDetails, DatasetPath.ConditionalAccessPolicies]);
    expect(createEvaluation().datasets.indexOf(CatalogDatasetPath.RoleAssignments)).toBeLessThan(createEvaluation().datasets.indexOf(DatasetPath.Users));
  });

  it('isolates a control that throws: it reports ERROR, the others carry on', () => {
    const evaluation = createEvaluation([exploding, ID_01]);
    evaluation.feed('v1.0/users', [member('a')]);
    evaluation.complete('v1.0/users');
    evaluation.feed('v1.0/reports/authenticationMethods/userRegistrationDetails', [registration('a', true)]);
    evaluation.complete(DatasetPath.UserRegistrationDetails);
    evaluation.complete(DatasetPath.ConditionalAccessPolicies);
    const [broken, id01] = evaluation.finish();
    expect(broken).toMatchObject({ controlId: 'XX-99', status: ControlStatus.ERROR, summary: 'Evaluation failed: bad row' });
    expect(id01).toMatchObject({ controlId: 'ID-01', status: ControlStatus.PASS, metric: 100 });
  });

  it('reports a dataset never read as not collected, and ignores pages after a failure', () => {
    const evaluation = createEvaluation([ID_01]);
    evaluation.markUnavailable(DatasetPath.Users, { cause: 'permission', permission: 'User.Read.All', message: 'denied' });
    evaluation.feed(DatasetPath.Users, [member('a')]);
    evaluation.complete(DatasetPath.Users);
    expect(evaluation.finish()[0].summary).toContain('(requires User.Read.All)');
  });

  it('refuses unknown datasets and use after finish', () => {
    const evaluation = createEvaluation([ID_01]);
    expect(() => evaluation.feed('v1.0/devices', [])).toThrow('unknown dataset v1.0/devices');
    evaluation.finish();
    expect(() => evaluation.complete(DatasetPath.Users)).toThrow('finished');
  });
});
