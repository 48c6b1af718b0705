import { figure } from './run-built';

export function scanFigures(text: string) {
  return {
    status: text.match(/scan (\w+)/)?.[1] ?? null,
    wallSeconds: figure(text, /wall time: ([\d.]+) s/),
    lowerBoundSeconds: figure(text, /lower bound: ([\d.]+) s/),
    ratioToLowerBound: figure(text, /ratio to lower bound: ([\d.]+)/),
    graphRequests: figure(text, /Graph requests: (\d+)/),
    throttled: figure(text, /429s received: (\d+)/),
    peakScannerRssMb: figure(text, /peak scanner RSS: (\d+) MB/),
  };
}

export function emulatorFigures(text: string) {
  return {
    tenantCreatedMs: figure(text, /created in (\d+) ms/),
    pagesPerSecond: figure(text, /([\d.]+) pages\/s/),
    usersPerSecond: figure(text, /(\d+) users\/s/),
    peakRssMb: figure(text, /peak RSS ([\d.]+) MB/),
  };
}
