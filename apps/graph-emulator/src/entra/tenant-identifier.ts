import { Tenant } from '../tenants/tenant';
import { TenantStore } from '../tenants/tenant-store';
import { AadstsFailure } from './aadsts-error';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DNS_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** A tenant is addressed by its GUID or any verified domain; anything else is malformed. */
export function resolveTenant(store: TenantStore, identifier: string): { tenant: Tenant } | { failure: AadstsFailure } {
  if (!isGuid(identifier) && !DNS_NAME.test(identifier)) return { failure: { code: 900023, params: { tenant: identifier } } };
  const tenant = store.resolve(identifier);
  return tenant ? { tenant } : { failure: { code: 90002, params: { tenant: identifier } } };
}
