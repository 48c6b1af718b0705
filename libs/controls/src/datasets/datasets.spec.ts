import { canonicalDatasetPath } from './canonical-dataset-path';
import { classifyDatasetFailure } from './classify-dataset-failure';
import { datasetDefinition } from './dataset-definitions';
import { DatasetPath } from './dataset-path';

describe('canonicalDatasetPath', () => {
  it('accepts the other API version where shapes agree, with or without slashes or a query', () => {
    expect(canonicalDatasetPath('v1.0/reports/authenticationMethods/userRegistrationDetails')).toBe(DatasetPath.UserRegistrationDetails);
    expect(canonicalDatasetPath('/beta/users?$top=5')).toBe(DatasetPath.Users);
    expect(canonicalDatasetPath('v1.0/identity/conditionalAccess/policies/')).toBe(DatasetPath.ConditionalAccessPolicies);
    expect(canonicalDatasetPath('v1.0/devices')).toBeNull();
  });
});

describe('classifyDatasetFailure', () => {
  const registrations = datasetDefinition(DatasetPath.UserRegistrationDetails);
  const users = datasetDefinition(DatasetPath.Users);
  const denied = { status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' };

  it('names the missing permission of a 403', () => {
    expect(classifyDatasetFailure(registrations, denied)).toMatchObject({ cause: 'permission', permission: 'Reports.Read.All', status: 403 });
    expect(classifyDatasetFailure(users, denied, ['Policy.Read.All'])).toMatchObject({ cause: 'permission', permission: 'User.Read.All' });
  });

  it('does not blame a permission the token holds', () => {
    expect(classifyDatasetFailure(users, denied, ['Directory.Read.All'])).toMatchObject({ cause: 'error', status: 403 });
  });

  it('recognises a licence gate', () => {
    const failure = { status: 403, code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant', message: "Neither tenant is B2C or tenant doesn't have premium license" };
    expect(classifyDatasetFailure(registrations, failure, ['Reports.Read.All'])).toMatchObject({ cause: 'licence' });
  });

  it('keeps other failures as errors', () => {
    expect(classifyDatasetFailure(users, { status: 500, code: 'InternalServerError', message: 'boom' })).toMatchObject({ cause: 'error', status: 500 });
  });
});
