import { workspaceRoot } from '@trueconfig/launcher';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchScannerNodeArgs, SCANNER_IMAGE_NODE_ARGS } from '../bench/scan/scanner-image';

describe('the scanner image', () => {
  it('runs the scanner with the heap flags bench:scan measures', () => {
    const dockerfile = readFileSync(join(workspaceRoot(), 'deploy/docker/scanner.Dockerfile'), 'utf8');
    const cmd = [...dockerfile.matchAll(/^CMD (\[.*\])$/gm)].pop()?.[1];
    expect(JSON.parse(cmd ?? '[]')).toEqual(['node', ...SCANNER_IMAGE_NODE_ARGS, 'apps/scanner/dist/main.js']);
  });

  it('lets the benchmark run the scanner with other flags, or none', () => {
    expect(benchScannerNodeArgs({})).toEqual(SCANNER_IMAGE_NODE_ARGS);
    expect(benchScannerNodeArgs({ BENCH_SCANNER_NODE_ARGS: ' --max-old-space-size=64  --cpu-prof ' })).toEqual(['--max-old-space-size=64', '--cpu-prof']);
    expect(benchScannerNodeArgs({ BENCH_SCANNER_NODE_ARGS: '' })).toEqual([]);
  });
});
