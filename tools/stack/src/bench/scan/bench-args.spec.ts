import { parseBenchArgs } from './bench-args';

describe('parseBenchArgs', () => {
  it('defaults to 10k, 100k and 1M users at throttle scale 50', () => {
    expect(parseBenchArgs([])).toEqual({ sizes: [10_000, 100_000, 1_000_000], throttleScale: 50 });
  });

  it('takes one size and a scale', () => {
    expect(parseBenchArgs(['--users', '2500', '--throttle-scale', '10'])).toEqual({ sizes: [2500], throttleScale: 10 });
    expect(() => parseBenchArgs(['--users', 'many'])).toThrow('--users');
  });
});
