import { createApiKey, createTestDatabase, EmulatorControlClient, RunningStack, startStack } from '@trueconfig/launcher';
import { createDemoTenant } from './demo/demo-tenant';
import { printDemoReport } from './demo/print-demo-report';
import { runDemoScan } from './demo/run-demo-scan';
import { devEncryptionKey } from './dev-encryption-key';

/**
 * `npm run demo`: starts the emulator and the four services, connects a demo tenant twice through
 * the GraphQL API (one app registration with every permission, one without Reports.Read.All), scans
 * both while following scanProgress, prints the results and stops everything unless --keep is given.
 */
async function main(): Promise<number> {
  const keep = process.argv.includes('--keep');
  console.log('Starting the Graph emulator and the gateway, connector, scanner and audit services…');
  // A fresh database per run: the demo never depends on (or disturbs) what a long-lived dev database holds.
  const database = await createTestDatabase('demo');
  try {
    const stack = await startStack({ databaseUrl: database.url, encryptionKey: devEncryptionKey(), logLevel: process.env.LOG_LEVEL ?? 'warn', logDir: process.env.DEMO_LOG_DIR });
    try {
      return await runDemo(stack, keep);
    } finally {
      await stack.stop();
    }
  } finally {
    await database.drop();
  }
}

async function runDemo(stack: RunningStack, keep: boolean): Promise<number> {
  const apiKey = await createApiKey(stack.env, 'demo', 'admin');
  const control = new EmulatorControlClient(stack.emulator.baseUrl, stack.emulator.caCertPath);
  const demo = await createDemoTenant(control);
  console.log(`Demo tenant ${demo.tenant.tenantId}: ${demo.tenant.stats.users ?? '?'} users`);
  const rows = [];
  for (const app of demo.apps) rows.push(await runDemoScan(stack.gatewayUrl, apiKey, demo.tenant.tenantId, app));
  printDemoReport(rows, demo.trueMfaPercent);
  console.log(`\nGraphQL API: ${stack.gatewayUrl}`);
  if (keep) {
    console.log(`API key (org "demo", admin): ${apiKey}\nThe stack keeps running (--keep); press Ctrl-C to stop it.`);
    await new Promise<void>((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve));
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
