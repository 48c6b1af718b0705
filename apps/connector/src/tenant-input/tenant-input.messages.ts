/** What a user is told about each bad field: the fix, in the troubleshooting page's words. */
export const TENANT_INPUT_MESSAGES = {
  displayNameMissing: 'Enter a display name for the tenant.',
  displayNameTooLong: (max: number) => `The display name must be at most ${max} characters long.`,
  clientIdIsSignIn:
    'Use the Application (client) ID from your app registration, not your email address and password - those are for interactive sign-in only.',
  directoryTenantIdIsSignIn:
    'Use the Directory (tenant) ID and the Application (client) ID from your app registration, not your email address and password - those are for interactive sign-in only.',
  clientIdNotGuid:
    "Enter the Application (client) ID from your app registration's Overview page: a GUID such as 00000000-0000-0000-0000-000000000000.",
  directoryTenantIdMissing:
    "Enter the Directory (tenant) ID from your app registration's Overview page: a GUID, or a domain name such as contoso.onmicrosoft.com.",
  directoryTenantIdInvalid:
    'The Directory (tenant) ID must be a GUID (such as 00000000-0000-0000-0000-000000000000) or a domain name such as contoso.onmicrosoft.com.',
  clientSecretMissing: 'Enter the client secret value you copied from Certificates & secrets in your app registration.',
  clientSecretTooLong: (max: number) => `The client secret must be at most ${max} characters long.`,
  clientSecretIsSecretId:
    "This looks like the client secret's ID, not its value: copy the secret value (visible only once) from Certificates & secrets.",
} as const;
