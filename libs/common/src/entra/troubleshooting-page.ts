/**
 * The troubleshooting page (Docs/Troubleshooting/Connection Issues), word for word: the product's
 * diagnoses must quote it exactly, so its texts live here as data and nowhere else.
 */
export const PAGE = {
  invalidCredentials: {
    verifyAppRegistration: [
      'Step 1: Verify App Registration',
      'Sign in to Azure Portal (portal.azure.com)',
      'Navigate to App Registrations',
      'Find your TrueConfig app registration',
      'Check Overview → Enabled: Should be "Yes"',
    ],
    checkSecretExpiration: [
      'Step 2: Check Client Secret Expiration',
      'In App Registration, go to Certificates & secrets',
      'Verify client secret has not expired',
      'If expired, create new client secret',
      'Copy the secret value (visible only once)',
    ],
    updateCredentials: [
      'Step 3: Update Credentials in TrueConfig',
      'Navigate to Settings → Tenants → [Tenant Name]',
      'Click "Reconnect"',
      'Enter Application (client) ID',
      'Enter new client secret',
      'Enter Directory (tenant) ID',
      'Click "Save and Test Connection"',
    ],
    secretSecurity:
      'Client secrets should be rotated every 90 days for security. Set a calendar reminder to rotate secrets before expiration to prevent connection interruptions.',
  },
  insufficientPermissions: {
    resolution: [
      'In Azure Portal, navigate to App Registrations → [Your App] → API permissions',
      'Click "Add a permission" → Microsoft Graph → Application permissions',
      'Add each required permission listed above',
      'Click "Grant admin consent for [Organization]"',
      'Verify all permissions show green checkmarks',
      'Return to TrueConfig and retry the connection test',
    ],
    adminConsent:
      'Application permissions require Global Administrator or Privileged Role Administrator consent. Standard users cannot grant these permissions.',
  },
  interactiveAuth: {
    diagnosis:
      "TrueConfig uses application (service principal) authentication, not interactive user authentication. If you're seeing MFA prompts, the connection is configured incorrectly.",
    resolution: [
      "Verify you're using the correct authentication method:",
      'Application (client) ID: A GUID from your app registration',
      "Directory (tenant) ID: Your tenant's GUID",
      'Client secret: The secret value you copied from App Registration',
      'Do NOT use your email address and password - those are for interactive sign-in only.',
    ],
    servicePrincipalAuth:
      'TrueConfig connects to Microsoft Graph using service principal (app-only) authentication, which does not require user interaction or MFA challenges.',
  },
  conditionalAccess: {
    problem: 'Conditional Access policy blocks this request',
    resolution: [
      'In Azure Portal, navigate to Microsoft Entra ID → Security → Conditional Access',
      'Review all policies with "All cloud apps" or "Microsoft Graph" in scope',
      'Check if policies apply to "Service principals and workload identities"',
      'Add TrueConfig service principal to exclusions if blocking legitimate access',
    ],
    securityConsideration:
      'Excluding service principals from Conditional Access policies reduces security. Only exclude if necessary and document the exception in your security policy.',
  },
  rateLimit: {
    resolution: [
      'Reduce sync frequency in Settings → Tenants → [Tenant] → Sync Schedule',
      'Avoid running manual full scans during automated sync windows',
      'If managing multiple tenants, stagger sync schedules by 30+ minutes',
      'Wait 5-10 minutes and retry - rate limits reset automatically',
    ],
    automaticRetry:
      'TrueConfig automatically retries throttled requests with exponential backoff. Most rate limit errors resolve without intervention.',
  },
  missingMfaData: {
    newConnections: [
      'For new tenant connections:',
      'Disconnect and reconnect your tenant to trigger a new OAuth consent flow',
      'The updated consent screen will automatically request Reports.Read.All',
      'Accept the permissions and complete the connection',
      'Run a new scan - MFA registration data will now be collected',
    ],
    existingConnections: [
      'For existing tenant connections without reconnecting:',
      'In Azure Portal, navigate to App Registrations → [Your App] → API permissions',
      'Click "Add a permission" → Microsoft Graph → Application permissions',
      'Search for and add Reports.Read.All',
      'Click "Grant admin consent for [Organization]"',
      'Verify the permission shows a green checkmark',
      'Run a new scan in TrueConfig - MFA data will now be collected',
    ],
    gracefulDegradation:
      'If Reports.Read.All is not granted, scans will continue successfully but ID-01 will only evaluate based on Conditional Access policies. The scan logs will show a warning: "MFA registration fetch failed (requires Reports.Read.All)".',
  },
  stillNeedHelp: [
    "If you've followed these troubleshooting steps and still cannot connect, collect the following information:",
    'Application (client) ID from Azure Portal',
    'Directory (tenant) ID from Azure Portal',
    'Screenshot of granted API permissions showing green checkmarks',
    'Error message from TrueConfig connection test',
    'Tenant sync logs from Audit Logs page',
    'Contact support at support@trueconfig.com with this information for assistance.',
  ],
} as const;
