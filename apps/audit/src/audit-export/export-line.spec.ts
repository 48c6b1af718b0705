import { AuditEventDto, AuditLevel } from '@trueconfig/common';
import { CSV_HEADER, csvLine, jsonLine } from './export-line';

const event: AuditEventDto = {
  id: 'e1', at: '2026-01-01T00:00:00.000Z', orgId: 'org', tenantId: 't1', scanId: null, service: 'scanner',
  level: AuditLevel.WARN, code: 'DATASET_UNAVAILABLE', message: 'Say "hi", then\nleave', details: { a: 1 }, actor: null,
};

describe('export lines', () => {
  it('writes CSV with a header, quoting what needs it', () => {
    expect(CSV_HEADER).toBe('id,at,level,service,code,tenantId,scanId,actor,message,details\r\n');
    expect(csvLine(event)).toBe('e1,2026-01-01T00:00:00.000Z,WARN,scanner,DATASET_UNAVAILABLE,t1,,,"Say ""hi"", then\nleave","{""a"":1}"\r\n');
  });

  it('keeps spreadsheet formulas inert', () => {
    expect(csvLine({ ...event, message: '=HYPERLINK("x")', details: null })).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('writes one JSON object per line, without the organisation id', () => {
    const line = jsonLine(event);
    expect(line.endsWith('\n')).toBe(true);
    expect(JSON.parse(line)).toEqual({ ...event, orgId: undefined });
    expect(line).not.toContain('"orgId"');
  });
});
