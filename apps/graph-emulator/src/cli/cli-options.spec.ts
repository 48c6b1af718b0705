import { parseCliOptions } from './cli-options';

describe('parseCliOptions', () => {
  it('defaults to port 4443 and throttle scale 1', () => {
    expect(parseCliOptions([], {})).toEqual({ port: 4443, host: '127.0.0.1', publicName: undefined, throttleScale: 1, stateDir: undefined, fixturePath: undefined });
  });

  it('reads EMULATOR_PORT, and flags win over the environment', () => {
    expect(parseCliOptions([], { EMULATOR_PORT: '5000' }).port).toBe(5000);
    const options = parseCliOptions(['--port', '0', '--throttle-scale', '0.5', '--state-dir', 'd', '--fixture', 'f.json'], { EMULATOR_PORT: '5000' });
    expect(options).toEqual({ port: 0, host: '127.0.0.1', publicName: undefined, throttleScale: 0.5, stateDir: 'd', fixturePath: 'f.json' });
    const inContainer = parseCliOptions(['--host', '0.0.0.0', '--public-name', 'graph-emulator'], {});
    expect(inContainer).toMatchObject({ host: '0.0.0.0', publicName: 'graph-emulator' });
  });

  it('rejects bad values and unknown flags', () => {
    expect(() => parseCliOptions(['--port', 'abc'], {})).toThrow('--port');
    expect(() => parseCliOptions(['--verbose'], {})).toThrow();
  });
});
