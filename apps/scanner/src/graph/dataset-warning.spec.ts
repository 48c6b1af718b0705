import { classifyDatasetFailure, datasetDefinition, DatasetPath } from '@trueconfig/controls';
import { datasetWarning } from './dataset-warning';

const denied = { status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' };

function warningFor(path: DatasetPath, failure = denied, granted?: string[]): string {
  const dataset = datasetDefinition(path);
  return datasetWarning(dataset, classifyDatasetFailure(dataset, failure, granted));
}

describe('datasetWarning', () => {
  it('uses the troubleshooting page words for the registration report', () => {
    expect(warningFor(DatasetPath.UserRegistrationDetails, denied, ['User.Read.All', 'Policy.Read.All'])).toBe(
      'MFA registration fetch failed (requires Reports.Read.All)',
    );
  });

  it('names the permission each dataset actually needs', () => {
    expect(warningFor(DatasetPath.Users)).toBe('User directory fetch failed (requires User.Read.All)');
    const caDenied = { status: 403, code: 'AccessDenied', message: 'You cannot perform the requested operation, required scopes are missing in the token.' };
    expect(warningFor(DatasetPath.ConditionalAccessPolicies, caDenied)).toBe('Conditional Access policy fetch failed (requires Policy.Read.All)');
  });

  it('names a licence gate and other Graph failures', () => {
    const licence = { status: 403, code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant', message: 'Neither tenant is B2C or tenant doesn\'t have premium license' };
    expect(warningFor(DatasetPath.UserRegistrationDetails, licence)).toBe('MFA registration fetch failed (requires an Entra ID P1 or P2 licence)');
    expect(warningFor(DatasetPath.Users, { status: 503, code: 'ServiceUnavailable', message: 'busy' })).toBe(
      'User directory fetch failed (Graph answered 503 ServiceUnavailable)',
    );
  });
});
