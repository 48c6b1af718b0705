/** Field names that can carry a secret or a credential anywhere in a logged object. */
const SECRET_FIELDS = [
  'clientSecret',
  'client_secret',
  'secret',
  'password',
  'accessToken',
  'access_token',
  'token',
  'authorization',
  'Authorization',
  'apiKey',
  'encryptionKey',
  'ciphertext',
];

export const REDACT_PATHS = SECRET_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`, `req.headers.${f.toLowerCase()}`]);
