import { AuditLevel, AuditLogFilter, badInput, isGuid } from '@trueconfig/common';

type QueryValue = string | string[] | undefined | unknown;

const TEXT_LIMITS: Record<'code' | 'text', number> = { code: 100, text: 200 };

/** The export's query string, checked as strictly as the GraphQL filter, each problem naming its parameter. */
export function exportFilterOf(query: Record<string, QueryValue>): AuditLogFilter {
  return {
    tenantId: guid(query, 'tenantId'),
    scanId: guid(query, 'scanId'),
    level: level(query),
    code: text(query, 'code'),
    text: text(query, 'text'),
    since: time(query, 'since'),
    until: time(query, 'until'),
  };
}

function single(query: Record<string, QueryValue>, name: string): string | null {
  const value = query[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw badInput(name, `${name} may be given once.`);
  return value;
}

function guid(query: Record<string, QueryValue>, name: 'tenantId' | 'scanId'): string | null {
  const value = single(query, name);
  if (value !== null && !isGuid(value)) throw badInput(name, `${name} must be an id (a UUID) returned by this API.`);
  return value;
}

function level(query: Record<string, QueryValue>): AuditLevel | null {
  const value = single(query, 'level');
  if (value === null) return null;
  if (!Object.values(AuditLevel).includes(value as AuditLevel)) throw badInput('level', 'level must be INFO, WARN or ERROR.');
  return value as AuditLevel;
}

function text(query: Record<string, QueryValue>, name: 'code' | 'text'): string | null {
  const value = single(query, name);
  if (value !== null && value.length > TEXT_LIMITS[name]) throw badInput(name, `${name} must be at most ${TEXT_LIMITS[name]} characters.`);
  return value;
}

function time(query: Record<string, QueryValue>, name: 'since' | 'until'): string | null {
  const value = single(query, name);
  if (value === null) return null;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(date.getTime())) throw badInput(name, `${name} must be an ISO-8601 date-time, e.g. 2026-01-31T00:00:00Z.`);
  return date.toISOString();
}
