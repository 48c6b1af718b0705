import { ControlResultDto, ControlStatus } from '@trueconfig/common';
import { ResultsPage } from './results-page';

const result = (controlId: string): ControlResultDto => ({ controlId, title: 't', status: ControlStatus.PASS, summary: 's', metric: null, affectedCount: 0, evidence: [] });
const size = Buffer.byteLength(JSON.stringify(result('X-01')));

describe('ResultsPage', () => {
  it('sends every result when they fit, with no next position', () => {
    const page = new ResultsPage(2, { scan: 0, result: 0 }, 10 * size);
    expect(page.add(0, [result('X-01'), result('X-02')])).toBe(true);
    expect(page.add(1, [result('X-03')])).toBe(true);
    expect(page.reply()).toEqual({ results: [[result('X-01'), result('X-02')], [result('X-03')]], next: null });
  });

  it('cuts at the budget inside a scan and says where to continue', () => {
    const page = new ResultsPage(2, { scan: 0, result: 0 }, 3 * size);
    expect(page.add(0, [result('X-01'), result('X-02')])).toBe(true);
    expect(page.add(1, [result('X-03'), result('X-04')])).toBe(false);
    expect(page.reply()).toEqual({ results: [[result('X-01'), result('X-02')], [result('X-03')]], next: { scan: 1, result: 1 } });
  });

  it('starts from the position asked for and always sends one result, however large', () => {
    const page = new ResultsPage(2, { scan: 1, result: 1 }, 1);
    expect(page.add(1, [result('X-03'), result('X-04'), result('X-05')])).toBe(false);
    expect(page.reply()).toEqual({ results: [[], [result('X-04')]], next: { scan: 1, result: 2 } });
  });
});
