/**
 * The heap flags deploy/docker/scanner.Dockerfile runs the scanner with (a deploy check keeps the two equal).
 * A bounded heap: scans stream page by page, so V8 need not grow with tenant size. Its first old-space limit
 * at half of it: below that V8 ran a full collection every ~10 MB a page's strings and objects left behind
 * (about 20 during a 100,000-user scan), taking CPU the scan shares with Graph; NODE_OPTIONS cannot carry it.
 */
export const SCANNER_IMAGE_NODE_ARGS = ['--max-old-space-size=256', '--initial-old-space-size=128'];

/** BENCH_SCANNER_NODE_ARGS (space-separated; empty for Node's defaults) overrides the image's flags. */
export function benchScannerNodeArgs(env: NodeJS.ProcessEnv): string[] {
  const override = env.BENCH_SCANNER_NODE_ARGS;
  if (override === undefined) return SCANNER_IMAGE_NODE_ARGS;
  return override.split(/\s+/).filter((arg) => arg.length > 0);
}
