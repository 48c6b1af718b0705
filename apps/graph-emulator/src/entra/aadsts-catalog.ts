export interface AadstsParams {
  tenant?: string;
  appId?: string;
  appName?: string;
  scope?: string;
  resource?: string;
  parameter?: string;
}

export interface AadstsEntry {
  status: number;
  error: string;
  suberror?: string;
  describe: (params: AadstsParams) => string;
}

/** Entra's answers, by AADSTS code: HTTP status, OAuth `error`, and the description text. */
export const AADSTS_CATALOG = {
  90002: {
    status: 400,
    error: 'invalid_tenant',
    describe: (p) =>
      `Tenant '${p.tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. ` +
      'Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.',
  },
  900023: {
    status: 400,
    error: 'invalid_request',
    describe: (p) => `Specified tenant identifier '${p.tenant}' is neither a valid DNS name, nor a valid external domain.`,
  },
  900144: {
    status: 400,
    error: 'invalid_request',
    describe: (p) => `The request body must contain the following parameter: '${p.parameter}'.`,
  },
  70003: {
    status: 400,
    error: 'unsupported_grant_type',
    describe: () => 'The app requested an unsupported grant type.',
  },
  7000215: {
    status: 401,
    error: 'invalid_client',
    describe: (p) =>
      'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, ' +
      `not the client secret ID, for a secret added to app '${p.appId}'.`,
  },
  7000218: {
    status: 401,
    error: 'invalid_client',
    describe: () => "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  },
  7000222: {
    status: 401,
    error: 'invalid_client',
    describe: (p) =>
      `The provided client secret keys for app '${p.appId}' are expired. Visit the Azure portal to create new keys for your app: ` +
      'https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.',
  },
  700016: {
    status: 400,
    error: 'unauthorized_client',
    describe: (p) =>
      `Application with identifier '${p.appId}' was not found in the directory '${p.tenant}'. This can happen if the application ` +
      'has not been installed by the administrator of the tenant or consented to by any user in the tenant. ' +
      'You may have sent your authentication request to the wrong tenant.',
  },
  7000112: {
    status: 400,
    error: 'unauthorized_client',
    describe: (p) => `Application '${p.appId}'(${p.appName}) is disabled.`,
  },
  53003: {
    status: 400,
    error: 'invalid_grant',
    suberror: 'message_only',
    describe: () => 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  },
  1002012: {
    status: 400,
    error: 'invalid_scope',
    describe: (p) =>
      `The provided value for scope ${p.scope} is not valid. Client credential flows must have a scope value with /.default ` +
      'suffixed to the resource identifier (application ID URI).',
  },
  500011: {
    status: 400,
    error: 'invalid_resource',
    describe: (p) =>
      `The resource principal named ${p.resource} was not found in the tenant named ${p.tenant}. This can happen if the ` +
      'application has not been installed by the administrator of the tenant or consented to by any user in the tenant. ' +
      'You might have sent your authentication request to the wrong tenant.',
  },
  90033: {
    status: 503,
    error: 'temporarily_unavailable',
    describe: () => 'A transient error has occurred. Please try again.',
  },
} satisfies Record<number, AadstsEntry>;

export type AadstsCode = keyof typeof AADSTS_CATALOG;
