import { startStack } from '@trueconfig/launcher';
import { devEncryptionKey } from './dev-encryption-key';

/** `npm run stack`: the emulator and all four services, kept running until Ctrl-C. */
async function main(): Promise<void> {
  const stack = await startStack({
    encryptionKey: devEncryptionKey(),
    onLine: (line, name) => process.stdout.write(`${name.padEnd(14)} ${line}\n`),
  });
  console.log(`emulator: ${stack.emulator.baseUrl} (CA ${stack.emulator.caCertPath})`);
  console.log(`gateway ready: ${stack.gatewayUrl}`);
  const stop = async () => {
    await stack.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
