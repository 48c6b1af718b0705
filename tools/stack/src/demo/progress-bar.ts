const WIDTH = 30;

/** One line, redrawn in place on a terminal and printed once per change elsewhere. */
export function renderProgress(label: string, percent: number, phase: string): string {
  const filled = Math.round((Math.max(0, Math.min(100, percent)) / 100) * WIDTH);
  return `${label.padEnd(28)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.round(percent)).padStart(3)}% ${phase}`;
}
