import { ErrorCode } from '../errors/error-code.enum';
import { classifyTokenError } from './classify-token-error';
import { REMEDIATION } from './remediation';

/** The shape @azure/identity gives Entra's answers: AuthenticationRequiredError with MSAL's text. */
function entraError(error: string, code: number, description: string, name = 'AuthenticationRequiredError'): Error {
  const failure = new Error(
    `${error}: Error(s): ${code} - Timestamp: 2025-11-27 09:00:00Z - Description: AADSTS${code}: ${description} ` +
      'Trace ID: 0f1e2d3c Correlation ID: 4b5a6978 Timestamp: 2025-11-27 09:00:00Z - Correlation ID: 4b5a6978 - Trace ID: 0f1e2d3c',
  );
  failure.name = name;
  return failure;
}

const APP = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

describe('classifyTokenError', () => {
  it.each([
    [7000215, 'invalid_client', `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${APP}'.`, ErrorCode.INVALID_CREDENTIALS],
    [7000222, 'invalid_client', `The provided client secret keys for app '${APP}' are expired. Visit the Azure portal to create new keys for your app.`, ErrorCode.SECRET_EXPIRED],
    [700016, 'unauthorized_client', `Application with identifier '${APP}' was not found in the directory 'contoso'.`, ErrorCode.APP_NOT_FOUND],
    [7000112, 'unauthorized_client', `Application '${APP}'(TrueConfig) is disabled.`, ErrorCode.SERVICE_PRINCIPAL_DISABLED],
    [90002, 'invalid_tenant', "Tenant 'nowhere.onmicrosoft.com' not found.", ErrorCode.TENANT_NOT_FOUND],
    [53003, 'invalid_grant', 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.', ErrorCode.CONDITIONAL_ACCESS_BLOCKED],
    [50076, 'invalid_grant', "Due to a configuration change made by your administrator, you must use multi-factor authentication to access 'graph'.", ErrorCode.INTERACTIVE_AUTH_NOT_SUPPORTED],
    [50079, 'invalid_grant', 'The user is required to use multi-factor authentication.', ErrorCode.INTERACTIVE_AUTH_NOT_SUPPORTED],
  ])('AADSTS%s → its diagnosis with the page remediation', (code, error, description, expected) => {
    const diagnosis = classifyTokenError(entraError(error, code, description));
    expect(diagnosis).toMatchObject({ ok: false, errorCode: expected, entraErrorCode: String(code) });
    expect(diagnosis.message).toContain(`AADSTS${code}`);
    expect(diagnosis.remediation).toEqual(REMEDIATION[expected]);
  });

  it('classifies by the code, whatever the error class', () => {
    const asAuthError = entraError('invalid_client', 7000215, 'Invalid client secret provided.', 'AuthenticationError');
    expect(classifyTokenError(asAuthError).errorCode).toBe(ErrorCode.INVALID_CREDENTIALS);
    expect(classifyTokenError({ message: 'AADSTS7000222: expired' }).errorCode).toBe(ErrorCode.SECRET_EXPIRED);
  });

  it('says "Invalid credentials" for a wrong secret, like the page', () => {
    const diagnosis = classifyTokenError(entraError('invalid_client', 7000215, 'Invalid client secret provided.'));
    expect(diagnosis.message).toMatch(/^Invalid credentials: /);
    expect(diagnosis.remediation.slice(0, 2)).toEqual(['Step 1: Verify App Registration', 'Sign in to Azure Portal (portal.azure.com)']);
  });

  it('gives the page security consideration with a Conditional Access block', () => {
    const diagnosis = classifyTokenError(entraError('invalid_grant', 53003, 'Access has been blocked by Conditional Access policies.'));
    expect(diagnosis.message).toMatch(/^Conditional Access policy blocks this request/);
    expect(diagnosis.remediation).toContain(
      'Excluding service principals from Conditional Access policies reduces security. Only exclude if necessary and document the exception in your security policy.',
    );
  });

  it("treats MSAL's endpoints_resolution_error (unknown tenant, no AADSTS code) as TENANT_NOT_FOUND", () => {
    const error = new Error('endpoints_resolution_error: Error: could not resolve endpoints. Please check network and try again. Detail: ');
    error.name = 'CredentialUnavailableError';
    expect(classifyTokenError(error)).toMatchObject({ errorCode: ErrorCode.TENANT_NOT_FOUND, entraErrorCode: null });
  });

  it('treats endpoints_resolution_error without any HTTP answer as Entra being unreachable', () => {
    const error = new Error('endpoints_resolution_error: See https://aka.ms/msal.js.errors#endpoints_resolution_error for details');
    expect(classifyTokenError(error, { httpStatus: 400, reachedServer: true }).errorCode).toBe(ErrorCode.TENANT_NOT_FOUND);
    expect(classifyTokenError(error, { reachedServer: false }).errorCode).toBe(ErrorCode.SERVICE_UNAVAILABLE);
  });

  it('treats interaction_required without a known code as INTERACTIVE_AUTH_NOT_SUPPORTED', () => {
    const diagnosis = classifyTokenError(new Error('interaction_required: AADSTS50158: External security challenge not satisfied.'));
    expect(diagnosis).toMatchObject({ errorCode: ErrorCode.INTERACTIVE_AUTH_NOT_SUPPORTED, entraErrorCode: '50158' });
    expect(diagnosis.remediation).toContain('Do NOT use your email address and password - those are for interactive sign-in only.');
  });

  it.each([
    'ServerError: 429 Too Many Requests',
    'Request was throttled: too many requests',
  ])('treats "%s" as RATE_LIMITED', (message) => {
    const diagnosis = classifyTokenError(new Error(message));
    expect(diagnosis.errorCode).toBe(ErrorCode.RATE_LIMITED);
    expect(diagnosis.remediation).toContain('Wait 5-10 minutes and retry - rate limits reset automatically');
  });

  it('treats an HTTP 429 as RATE_LIMITED whatever code its body carries', () => {
    const throttled = entraError('temporarily_unavailable', 90033, 'A transient error has occurred. Please try again.');
    expect(classifyTokenError(throttled, { httpStatus: 429 })).toMatchObject({ errorCode: ErrorCode.RATE_LIMITED, entraErrorCode: '90033' });
    expect(classifyTokenError(throttled, { httpStatus: 503 }).errorCode).toBe(ErrorCode.SERVICE_UNAVAILABLE);
  });

  it('keeps the page code over the HTTP status', () => {
    const wrongSecret = entraError('invalid_client', 7000215, 'Invalid client secret provided.');
    expect(classifyTokenError(wrongSecret, { httpStatus: 429 }).errorCode).toBe(ErrorCode.INVALID_CREDENTIALS);
  });

  it.each(['The token request timed out after 8000 ms', 'network_error: Network request failed: connect ECONNREFUSED 127.0.0.1:1'])(
    'treats "%s" as SERVICE_UNAVAILABLE',
    (message) => {
      expect(classifyTokenError(new Error(message)).errorCode).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    },
  );

  it("keeps an unknown Entra code and Entra's own words, as INTERNAL", () => {
    const diagnosis = classifyTokenError(entraError('invalid_request', 1002012, 'The provided value for scope is not valid.'));
    expect(diagnosis).toMatchObject({ errorCode: ErrorCode.INTERNAL, entraErrorCode: '1002012' });
    expect(diagnosis.message).toBe('Entra ID refused the token request (AADSTS1002012): The provided value for scope is not valid.');
    expect(diagnosis.remediation).toContain('Contact support at support@trueconfig.com with this information for assistance.');
  });

  it('keeps the raw message of an unknown failure without an Entra code', () => {
    expect(classifyTokenError('something odd').message).toBe('The token request failed: something odd');
  });

  it('scrubs the secret from any text it passes on', () => {
    const secret = 'Q~very.secret-value_123';
    const diagnosis = classifyTokenError(new Error(`AADSTS9999999: client_secret=${secret} is odd`), { secret });
    expect(diagnosis.message).not.toContain(secret);
    expect(diagnosis.message).toContain('[REDACTED]');
  });
});
