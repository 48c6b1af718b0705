const PREFIX = 'emu1:';

/** Opaque to clients, like Graph's `$skiptoken`; base64url so it survives the Graph client's URL handling. */
export function encodePageToken(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

export function decodePageToken(token: string): number | undefined {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) return undefined;
  const offset = Number(text.slice(PREFIX.length));
  return Number.isSafeInteger(offset) && offset >= 0 ? offset : undefined;
}
