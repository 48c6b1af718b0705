import { controlsSummary, statusCounts, SUMMARY_WIDTH, truncate } from './controls-summary';

const result = (controlId: string, status: string, summary: string) => ({ controlId, title: `Title of ${controlId}`, status, summary, metric: null });

describe('all-controls summary', () => {
  it('truncates with an ellipsis only when needed', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('a long summary', 6)).toBe('a lon…');
  });

  it('prints one line per control, none wider than the budget, then counts by status', () => {
    const results = [result('ID-01', 'FAIL', 'x'.repeat(400)), result('CA-01', 'PASS', 'ok'), result('PA-04', 'NOT_APPLICABLE', 'no P2')];
    const lines = controlsSummary(results).split('\n');
    expect(lines).toHaveLength(2 + 3 + 2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(SUMMARY_WIDTH);
    expect(lines[2]).toMatch(/^ID-01 {2}Title of ID-01 +FAIL +x+…$/);
    expect(lines[lines.length - 1]).toBe('3 controls: 1 PASS, 1 FAIL, 1 NOT_APPLICABLE');
    expect(statusCounts([])).toBe('0 controls: ');
  });
});
