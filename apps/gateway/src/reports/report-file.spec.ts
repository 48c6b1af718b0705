import { ErrorCode } from '@trueconfig/common';
import { parseReportFile } from './report-file';

const SCAN = '8f3c1f54-2b1e-4d0f-9a7e-3c2b1a0f9e8d';

describe('parseReportFile', () => {
  it('reads the scan id and format', () => {
    expect(parseReportFile(`${SCAN}.html`)).toEqual({ scanId: SCAN, format: 'html' });
    expect(parseReportFile(`${SCAN}.CSV`)).toEqual({ scanId: SCAN, format: 'csv' });
  });

  it.each([
    ['not-a-scan.json', 'scanId'],
    [`${SCAN}.pdf`, 'format'],
    [SCAN, 'format'],
  ])('refuses %s naming %s', (file, field) => {
    expect(() => parseReportFile(file)).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field } }));
  });
});
