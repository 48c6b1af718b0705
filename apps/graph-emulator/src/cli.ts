import { parseCliOptions } from './cli/cli-options';
import { loadFixtureFile } from './fixtures/emulator-fixture';
import { startEmulator } from './start-emulator';

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2), process.env);
  const fixture = options.fixturePath ? await loadFixtureFile(options.fixturePath) : undefined;
  const emulator = await startEmulator({ port: options.port, host: options.host, publicName: options.publicName, stateDir: options.stateDir, throttleScale: options.throttleScale, fixture });
  // The launcher parses exactly these two lines.
  console.log(`emulator ready: ${emulator.baseUrl}`);
  console.log(`ca certificate: ${emulator.caCertPath}`);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`graph-emulator: ${signal} received, stopping`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('graph-emulator: close failed', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error('graph-emulator: failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
