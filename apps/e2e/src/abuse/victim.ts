import { waitFor } from '@trueconfig/launcher';
import { emulator, gql } from '../support/e2e-client';
import { newKey } from '../gateway/gateway-helpers';
import { ALL_PERMISSIONS, connect, emulatorTenant, startScan } from '../support/scan-helpers';
import { usedSecrets } from './abuse-context';
import { Victim } from './cross-org';

/** Another organisation with a real tenant, a finished scan and a second key. */
export async function prepareVictim(victimKey: string): Promise<Victim> {
  const directory = await emulatorTenant(20);
  const app = await emulator.createApp(directory.tenantId, { permissions: ALL_PERMISSIONS });
  usedSecrets.clientSecrets.push(app.clientSecret);
  const connected = await connect(directory.tenantId, app, victimKey);
  const tenant = connected.data?.connectTenant.tenant.id;
  if (!tenant) throw new Error(`victim connect failed: ${JSON.stringify(connected.errors)}`);
  const scan = await startScan(tenant, victimKey);
  await waitFor('victim scan to finish', async () => {
    const status = (await gql<{ scan: { status: string } }>('query($id: ID!) { scan(id: $id) { status } }', { id: scan }, victimKey)).data?.scan.status;
    return status !== undefined && !['QUEUED', 'RUNNING'].includes(status);
  }, 60000, { everyMs: 250 });
  const apiKey = await newKey('VIEWER', victimKey);
  usedSecrets.apiKeys.push(apiKey.key);
  return { ids: { tenant, scan, apiKey: apiKey.id }, markers: [directory.tenantId, app.clientId, app.clientSecret] };
}
