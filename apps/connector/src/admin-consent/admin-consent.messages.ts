/** What a user is told at each step of the admin consent flow. */
export const ADMIN_CONSENT_MESSAGES = {
  notConfigured:
    'Admin consent is not configured on this TrueConfig installation: set TRUECONFIG_APP_CLIENT_ID, TRUECONFIG_APP_CLIENT_SECRET, CONSENT_REDIRECT_URI and CONSENT_STATE_SECRET, or connect with your own app registration and client secret.',
  stateMalformed: 'The consent answer is not valid: its state is missing or malformed. Start the admin consent again from TrueConfig.',
  stateSignature: 'The consent answer was not issued by TrueConfig (its state signature does not match). Start the admin consent again from TrueConfig.',
  stateExpired: 'The consent link has expired. Start the admin consent again from TrueConfig.',
  wrongDirectory: (expected: string, actual: string) =>
    `Admin consent was given in directory ${actual}, but TrueConfig asked for ${expected}. Sign in as an administrator of ${expected} and start again.`,
  declined: (description: string) => `Admin consent was not given: ${description}`,
  notGranted: 'Entra ID did not confirm admin consent (admin_consent is not True). Start the admin consent again from TrueConfig.',
} as const;
