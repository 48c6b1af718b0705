import { AppError, encodeCursor } from '@trueconfig/common';
import { decodeTenantCursor, encodeTenantCursor, validatePageSize } from './tenant-cursor';

describe('tenant cursors', () => {
  it('round-trips (created_at, id)', () => {
    const row = { createdAt: new Date('2025-11-27T09:00:00.123Z'), id: '0d9c5a0e-58d6-4e0c-9a41-1f1d5c1f3a11' };
    expect(decodeTenantCursor(encodeTenantCursor(row))).toEqual({ createdAt: '2025-11-27T09:00:00.123Z', id: row.id });
  });

  it('starts at the beginning without a cursor', () => {
    expect(decodeTenantCursor(undefined)).toBeNull();
    expect(decodeTenantCursor(null)).toBeNull();
  });

  it.each(['garbage', encodeCursor(['not a date', 'x']), encodeCursor([1])])('rejects the foreign cursor %s', (cursor) => {
    expect(() => decodeTenantCursor(cursor)).toThrow(AppError);
  });

  it('accepts page sizes from 1 to 100', () => {
    expect(validatePageSize(1)).toBe(1);
    expect(validatePageSize(100)).toBe(100);
    for (const bad of [0, 101, 1.5, '10', undefined]) expect(() => validatePageSize(bad)).toThrow(AppError);
  });
});
