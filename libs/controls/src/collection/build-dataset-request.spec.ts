import { datasetDefinition } from '../datasets/dataset-definitions';
import { CatalogDatasetPath, DatasetPath } from '../datasets/dataset-path';
import { buildDatasetRequest, datasetRequestUrl } from './build-dataset-request';
import { collectorFor, defineCollector, findCollector } from './dataset-collector';

const GRAPH = 'https://graph.microsoft.com';

describe('dataset collectors', () => {
  it('reads users with $select and the maximum page size', () => {
    const request = buildDatasetRequest(collectorFor(DatasetPath.Users));
    expect(request).toEqual({
      version: 'v1.0',
      resource: '/users',
      query: { $select: 'id,displayName,userPrincipalName,accountEnabled,userType', $top: '999' },
    });
    expect(datasetRequestUrl(`${GRAPH}/`, request)).toBe(`${GRAPH}/v1.0/users?$select=id,displayName,userPrincipalName,accountEnabled,userType&$top=999`);
  });

  it('reads the registration report on beta, 999 per page', () => {
    const collector = collectorFor(DatasetPath.UserRegistrationDetails);
    expect(collector).toMatchObject({ version: 'beta', resource: '/reports/authenticationMethods/userRegistrationDetails', permission: 'Reports.Read.All', top: 999 });
    expect(datasetRequestUrl(GRAPH, buildDatasetRequest(collector))).toBe(
      `${GRAPH}/beta/reports/authenticationMethods/userRegistrationDetails?$select=id,userPrincipalName,userDisplayName,userType,isMfaRegistered&$top=999`,
    );
  });

  it('reads Conditional Access policies whole, without query options', () => {
    const collector = collectorFor(DatasetPath.ConditionalAccessPolicies);
    expect(collector.permission).toBe('Policy.Read.All');
    expect(datasetRequestUrl(GRAPH, buildDatasetRequest(collector))).toBe(`${GRAPH}/v1.0/identity/conditionalAccess/policies`);
  });

  it('has a collector for every dataset the catalog reads', () => {
    for (const path of Object.values(DatasetPath)) expect(() => collectorFor(path)).not.toThrow();
    expect(defineCollector(DatasetPath.Users).top).toBeUndefined();
  });

  it('derives a collector from the catalog for datasets without a tuned one: singletons as one row, $filter and $expand as defined', () => {
    for (const path of Object.values(CatalogDatasetPath)) {
      const collector = findCollector(path);
      const definition = datasetDefinition(path);
      if (!collector) {
        expect(definition.request !== undefined || definition.filter?.includes('{')).toBe(true);
        continue;
      }
      const request = buildDatasetRequest(collector);
      expect(request.singleton === true).toBe(definition.kind === 'singleton');
      expect(request.query.$filter).toBe(definition.filter);
      expect(request.query.$expand).toBe(definition.expand);
    }
  });
});
