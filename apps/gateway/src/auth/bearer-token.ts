/** The token of an `Authorization: Bearer <token>` value, or null when the value has another shape. */
export function bearerToken(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
  return match ? match[1] : null;
}
