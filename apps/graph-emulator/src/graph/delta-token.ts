const PREFIX = 'emud:';

export interface DeltaPosition {
  /** Change-log version the round started at (initial sync) or was last synced to (delta link). */
  version: number;
  /** Next user index of an initial sync; undefined in a delta link. */
  offset?: number;
  /** Page size asked for at the start of the round; Graph keeps it in the token, not in later requests. */
  size?: number;
}

export function encodeDeltaToken(position: DeltaPosition): string {
  return Buffer.from(`${PREFIX}${position.version}:${position.offset ?? ''}:${position.size ?? ''}`).toString('base64url');
}

export function decodeDeltaToken(token: string): DeltaPosition | undefined {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const match = /^emud:(\d+):(\d*):(\d*)$/.exec(text);
  if (!match) return undefined;
  const optional = (value: string) => (value === '' ? undefined : Number(value));
  return { version: Number(match[1]), offset: optional(match[2]), size: optional(match[3]) };
}
