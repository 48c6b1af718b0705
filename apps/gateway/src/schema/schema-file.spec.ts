import { readFileSync } from 'node:fs';
import { currentGatewaySdl, SCHEMA_FILE } from './print-gateway-schema';

/** The committed schema.graphql is the public contract: code and file must not drift apart. */
describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:generate` after changing it)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await currentGatewaySdl());
  });

  it('keeps the public names clients rely on', async () => {
    const sdl = await currentGatewaySdl();
    for (const name of [
      'tenants(', 'tenant(id: ID!)', 'scan(id: ID!)', 'auditLogs(', 'requiredPermissions:',
      'connectTenant(input: ConnectTenantInput!)', 'testConnection(tenantId: ID!)', 'startScan(full: Boolean, tenantId: ID!)', 'scanProgress(',
    ]) {
      expect(sdl).toContain(name);
    }
  });
});
