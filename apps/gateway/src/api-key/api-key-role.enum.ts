/** Ordered from least to most powerful: each role may do everything the ones before it may. */
export enum ApiKeyRole {
  VIEWER = 'viewer',
  OPERATOR = 'operator',
  ADMIN = 'admin',
}

const RANK: Record<ApiKeyRole, number> = { [ApiKeyRole.VIEWER]: 1, [ApiKeyRole.OPERATOR]: 2, [ApiKeyRole.ADMIN]: 3 };

export function isApiKeyRole(value: unknown): value is ApiKeyRole {
  return typeof value === 'string' && value in RANK;
}

export function roleSatisfies(held: ApiKeyRole, required: ApiKeyRole): boolean {
  return RANK[held] >= RANK[required];
}
