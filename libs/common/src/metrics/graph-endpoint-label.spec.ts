import { graphEndpointLabel } from './graph-endpoint-label';

describe('graphEndpointLabel', () => {
  it('keeps version and path, drops host and query, and replaces ids so the label set stays small', () => {
    expect(graphEndpointLabel('https://graph.microsoft.com/v1.0/users/8c3d6f4e-1b2a-4c5d-9e8f-0a1b2c3d4e5f/memberOf?$top=999')).toBe('v1.0/users/{id}/memberOf');
    expect(graphEndpointLabel('/beta/reports/authenticationMethods/userRegistrationDetails?$select=id')).toBe('beta/reports/authenticationMethods/userRegistrationDetails');
    expect(graphEndpointLabel("v1.0/applications(appId='8c3d6f4e-1b2a-4c5d-9e8f-0a1b2c3d4e5f')")).toBe('v1.0/applications({id})');
  });
});
