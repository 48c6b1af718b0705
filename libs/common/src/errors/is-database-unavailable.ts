/** Postgres/libpq codes for a server that is gone, shutting down or not yet accepting connections. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
const UNAVAILABLE_MESSAGES = ['Connection terminated', 'terminating connection due to administrator command'];

/** True when an error (or the driver error TypeORM wraps) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, driverError } = error as { code?: unknown; message?: unknown; driverError?: unknown };
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) return true;
  return driverError !== undefined && driverError !== error && isDatabaseUnavailable(driverError);
}
