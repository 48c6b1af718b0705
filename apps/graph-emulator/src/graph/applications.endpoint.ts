import type { Application } from '@microsoft/microsoft-graph-types';
import { AppRegistration } from '../tenants/app-registration';
import { GraphEndpoint } from './graph-endpoint';
import { arraySource, pagedCollection } from './paged-collection';

function application(app: AppRegistration, publisherDomain: string): Application {
  return {
    id: app.objectId,
    appId: app.clientId,
    displayName: app.displayName,
    createdDateTime: app.createdDateTime,
    signInAudience: 'AzureADMyOrg',
    publisherDomain,
    keyCredentials: [],
    passwordCredentials: app.secrets.map((secret) => ({
      customKeyIdentifier: null,
      displayName: secret.displayName,
      endDateTime: secret.endDateTime,
      hint: secret.hint,
      keyId: secret.secretId,
      secretText: null,
      startDateTime: secret.startDateTime,
    })),
  };
}

export const applicationsEndpoint: GraphEndpoint = {
  method: 'GET',
  path: '/applications',
  versions: ['v1.0', 'beta'],
  baseCost: 2,
  handle(context) {
    const { tenant } = context.caller;
    const apps = [...tenant.apps.values()].map((app) => application(app, tenant.defaultDomain));
    return pagedCollection(context, arraySource(apps), { context: 'applications', limits: { defaultTop: 100, maxTop: 999 } });
  },
};
