/** Opaque keyset cursors: base64url of a JSON tuple, so clients cannot depend on their shape. */
export function encodeCursor(parts: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string): Array<string | number> | null {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parts) || !parts.every((p) => typeof p === 'string' || typeof p === 'number')) return null;
    return parts;
  } catch {
    return null;
  }
}
