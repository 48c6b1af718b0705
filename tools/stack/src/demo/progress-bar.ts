const WIDTH = 30;

/** One line, redrawn in place on a terminal and printed once per change elsewhere. */
export function renderProgress(label: string, percent: number, phase: string): string {
  const bounded = Math.max(0, Math.min(100, percent));
  const filled = Math.round((bounded / 100) * WIDTH);
  return `${label.padEnd(28)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.round(bounded)).padStart(3)}% ${phase}`;
}
