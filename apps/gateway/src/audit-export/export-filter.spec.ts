import { AuditLevel, ErrorCode } from '@trueconfig/common';
import { exportFilterOf } from './export-filter';

const TENANT = '8f3c1f54-2b1e-4d0f-9a7e-3c2b1a0f9e8d';

describe('exportFilterOf', () => {
  it('reads every filter of auditLogs from the query string', () => {
    expect(exportFilterOf({ tenantId: TENANT, level: 'WARN', code: 'SCAN_STARTED', text: 'users', since: '2026-01-01T00:00:00Z', until: '' })).toEqual({
      tenantId: TENANT, scanId: null, level: AuditLevel.WARN, code: 'SCAN_STARTED', text: 'users', since: '2026-01-01T00:00:00.000Z', until: null,
    });
  });

  it.each([
    [{ tenantId: 'abc' }, 'tenantId'],
    [{ scanId: [TENANT, TENANT] }, 'scanId'],
    [{ level: 'DEBUG' }, 'level'],
    [{ text: 'x'.repeat(201) }, 'text'],
    [{ since: 'yesterday' }, 'since'],
    [{ until: '2026-13-45T00:00:00Z' }, 'until'],
  ])('refuses %j naming the parameter', (query, field) => {
    expect(() => exportFilterOf(query)).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { field } }));
  });
});
