import { RunningStack, startStack } from '@trueconfig/launcher';
import { parseArgs } from 'node:util';
import { devEncryptionKey } from './dev-encryption-key';
import { parseReplicas } from './parse-replicas';

/**
 * `npm run stack [-- --replicas scanner=3,gateway=2]`: the emulator and all four services (as many
 * replicas of each as asked, each on its own port), kept running until Ctrl-C.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { replicas: { type: 'string' } }, strict: true });
  const stack = await startStack({
    encryptionKey: devEncryptionKey(),
    replicas: parseReplicas(values.replicas),
    onLine: (line, name) => process.stdout.write(`${name.padEnd(14)} ${line}\n`),
  });
  console.log(`emulator: ${stack.emulator.baseUrl} (CA ${stack.emulator.caCertPath})`);
  printReplicas(stack);
  console.log(`gateway ready: ${stack.gatewayUrl}`);
  const stop = async () => {
    await stack.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

function printReplicas(stack: RunningStack): void {
  for (const replica of stack.replicas) {
    const graphql = replica.service === 'gateway' ? ` graphql ${replica.baseUrl}/graphql` : '';
    console.log(`${replica.name.padEnd(12)} ${replica.baseUrl}${graphql} metrics ${replica.baseUrl}/metrics ready ${replica.baseUrl}/readyz`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
