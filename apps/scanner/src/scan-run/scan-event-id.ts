import { createHash } from 'node:crypto';

/**
 * A stable UUID (name-based, v5 layout) for one event of one scan: a redelivered scan publishes its
 * sync-log events with the same ids, and JetStream's duplicate window stores each once.
 */
export function scanEventId(scanId: string, event: string): string {
  const hex = createHash('sha1').update(`${scanId}/${event}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
