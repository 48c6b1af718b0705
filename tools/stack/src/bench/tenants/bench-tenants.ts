import { REQUIRED_PERMISSIONS } from '@trueconfig/common';
import { EmulatorControlClient } from '@trueconfig/launcher';
import { BenchApi } from './bench-api';

const CONNECT = `mutation C($input: ConnectTenantInput!) { connectTenant(input: $input) { tenant { id } } }`;

/** `count` emulator tenants of `users` users (seeds from `firstSeed`), each connected over GraphQL; their TrueConfig ids. */
export async function connectBenchTenants(control: EmulatorControlClient, api: BenchApi, count: number, users: number, firstSeed: number): Promise<string[]> {
  return Promise.all(Array.from({ length: count }, async (_, i) => {
    const seed = firstSeed + i;
    const tenant = await control.createTenant({ displayName: `Bench ${seed}`, licence: 'p2', generate: { users, seed } });
    const app = await control.createApp(tenant.tenantId, { permissions: REQUIRED_PERMISSIONS.map((p) => p.name) });
    const input = { displayName: `Bench ${seed}`, directoryTenantId: tenant.tenantId, clientId: app.clientId, clientSecret: app.clientSecret };
    return (await api<{ connectTenant: { tenant: { id: string } } }>(CONNECT, { input })).connectTenant.tenant.id;
  }));
}
