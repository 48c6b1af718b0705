import { AuditLevel } from '@trueconfig/common';
import { parseAuditLogAdded } from './parse-audit-log-added';

const line = { id: 'e1', at: '2026-01-01T00:00:00.000Z', orgId: 'o1', tenantId: 't1', scanId: null, service: 'scanner', level: AuditLevel.INFO, code: 'SCAN_STARTED', message: 'm', details: { a: 1 }, actor: 'k1' };
const bytes = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));

describe('parseAuditLogAdded', () => {
  it('reads a stored line as the audit service broadcasts it', () => {
    expect(parseAuditLogAdded(bytes(line))).toEqual(line);
    expect(parseAuditLogAdded(bytes({ ...line, tenantId: undefined, details: 'x', actor: 3 }))).toEqual({ ...line, tenantId: null, details: null, actor: null });
  });

  it('drops anything else', () => {
    for (const bad of ['not json', 'null', { ...line, orgId: undefined }, { ...line, level: 'DEBUG' }, { ...line, message: 5 }]) {
      expect(parseAuditLogAdded(bytes(bad))).toBeNull();
    }
  });
});
