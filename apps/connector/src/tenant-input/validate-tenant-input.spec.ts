import { AppError, ErrorCode } from '@trueconfig/common';
import { validateTenantInput } from './validate-tenant-input';

const valid = {
  displayName: 'Contoso',
  directoryTenantId: '11111111-2222-3333-4444-555555555555',
  clientId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  clientSecret: 'Abc8Q~r4nd0m.s3cr3t-value_xyz',
};

function rejection(input: unknown): AppError {
  try {
    validateTenantInput(input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the input to be rejected');
}

const SIGN_IN_MIX_UP =
  'Use the Application (client) ID from your app registration, not your email address and password - those are for interactive sign-in only.';
const PAGE_WORDING = 'Do NOT use your email address and password - those are for interactive sign-in only.';

describe('validateTenantInput', () => {
  it('accepts GUIDs and normalises IDs to lower case, trimming every field', () => {
    const result = validateTenantInput({
      displayName: '  Contoso  ',
      directoryTenantId: ' 11111111-2222-3333-4444-555555555555 '.toUpperCase(),
      clientId: '{AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE}',
      clientSecret: ` ${valid.clientSecret}\n`,
    });
    expect(result).toEqual(valid);
  });

  it.each(['contoso.onmicrosoft.com', 'Contoso.com', 'eu.contoso-corp.co.uk'])('accepts the domain %s as directory ID', (domain) => {
    expect(validateTenantInput({ ...valid, directoryTenantId: domain }).directoryTenantId).toBe(domain.toLowerCase());
  });

  it('tells a user who typed an email address as client ID to use the Application (client) ID', () => {
    const error = rejection({ ...valid, clientId: 'admin@contoso.onmicrosoft.com' });
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.details).toEqual({ field: 'clientId' });
    expect(error.message).toBe(SIGN_IN_MIX_UP);
    expect(error.remediation).toContain(PAGE_WORDING);
  });

  it('treats a password-like value in the client ID the same way', () => {
    const error = rejection({ ...valid, clientId: 'Summer2024!' });
    expect(error.message).toBe(SIGN_IN_MIX_UP);
    expect(error.details).toEqual({ field: 'clientId' });
  });

  it.each(['admin@contoso.com', 'P@ss word'])('rejects the sign-in credential %s as directory ID', (value) => {
    const error = rejection({ ...valid, directoryTenantId: value });
    expect(error.details).toEqual({ field: 'directoryTenantId' });
    expect(error.message).toContain(SIGN_IN_MIX_UP.replace('Use the ', ''));
    expect(error.remediation).toContain(PAGE_WORDING);
  });

  it('asks for a GUID when the client ID is merely malformed', () => {
    const error = rejection({ ...valid, clientId: '1234-abcd' });
    expect(error.details).toEqual({ field: 'clientId' });
    expect(error.message).toMatch(/^Enter the Application \(client\) ID .* a GUID/);
  });

  it.each([
    ['', /^Enter the Directory \(tenant\) ID/],
    ['contoso', /must be a GUID .* or a domain name such as contoso\.onmicrosoft\.com/],
    ['-bad-.com', /must be a GUID/],
  ])('rejects the directory ID "%s"', (value, message) => {
    const error = rejection({ ...valid, directoryTenantId: value });
    expect(error.details).toEqual({ field: 'directoryTenantId' });
    expect(error.message).toMatch(message);
  });

  it('requires a client secret', () => {
    const error = rejection({ ...valid, clientSecret: '   ' });
    expect(error.details).toEqual({ field: 'clientSecret' });
    expect(error.message).toMatch(/^Enter the client secret value/);
  });

  it("recognises a secret's ID pasted instead of its value", () => {
    const error = rejection({ ...valid, clientSecret: '9b0e6f4e-1d2c-4c47-9f53-8a6a2b1c3d4e' });
    expect(error.details).toEqual({ field: 'clientSecret' });
    expect(error.message).toBe(
      "This looks like the client secret's ID, not its value: copy the secret value (visible only once) from Certificates & secrets.",
    );
    expect(error.remediation).toContain('Copy the secret value (visible only once)');
  });

  it('requires a display name of at most 256 characters', () => {
    expect(rejection({ ...valid, displayName: ' ' }).details).toEqual({ field: 'displayName' });
    expect(validateTenantInput({ ...valid, displayName: 'x'.repeat(256) }).displayName).toHaveLength(256);
    const error = rejection({ ...valid, displayName: 'x'.repeat(257) });
    expect(error.details).toEqual({ field: 'displayName' });
    expect(error.message).toContain('256');
  });

  it('treats missing or non-string fields as empty', () => {
    expect(rejection(undefined).details).toEqual({ field: 'displayName' });
    expect(rejection({ ...valid, clientSecret: 42 }).details).toEqual({ field: 'clientSecret' });
  });

  it('never quotes the secret in a message', () => {
    const secret = 'x'.repeat(1025);
    const error = rejection({ ...valid, clientSecret: secret });
    expect(JSON.stringify(error.toPayload())).not.toContain(secret);
  });
});
