export interface BenchArgs {
  sizes: number[];
  throttleScale: number;
}

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];

/** `--users N` (one size) and `--throttle-scale K` (default 50). */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? Number(argv[index + 1]) : undefined;
  };
  const users = value('--users');
  const scale = value('--throttle-scale') ?? 50;
  if (users !== undefined && !(Number.isInteger(users) && users > 0)) throw new Error('--users takes a positive whole number');
  if (!(scale > 0)) throw new Error('--throttle-scale takes a positive number');
  return { sizes: users !== undefined ? [users] : DEFAULT_SIZES, throttleScale: scale };
}
