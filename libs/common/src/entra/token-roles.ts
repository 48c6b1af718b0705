/** The `roles` claim of an app-only token: the application permissions admin consent granted. */
export function rolesFromClaims(claims: unknown): string[] {
  if (typeof claims !== 'object' || claims === null) return [];
  const roles = (claims as { roles?: unknown }).roles;
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
}

/**
 * Reads the roles without verifying the signature: the token came straight from Entra over TLS and
 * is only inspected, never trusted for authorisation here. jose is ESM-only, hence the dynamic import.
 */
export async function readTokenRoles(accessToken: string): Promise<string[]> {
  const { decodeJwt } = await import('jose');
  try {
    return rolesFromClaims(decodeJwt(accessToken));
  } catch {
    return [];
  }
}
