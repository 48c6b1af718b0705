const KEY_BYTES = 32;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function decodeEncryptionKey(value: string): Buffer | null {
  const trimmed = value.trim();
  if (!BASE64.test(trimmed)) return null;
  const key = Buffer.from(trimmed, 'base64');
  return key.length === KEY_BYTES ? key : null;
}

export function isEncryptionKey(value: string): boolean {
  return decodeEncryptionKey(value) !== null;
}

/** `id:base64,id:base64` → map of key id to key; null when any entry is malformed. */
export function parsePreviousKeys(value: string): Map<string, Buffer> | null {
  const keys = new Map<string, Buffer>();
  for (const entry of value.split(',').map((e) => e.trim()).filter(Boolean)) {
    const separator = entry.indexOf(':');
    const id = entry.slice(0, separator);
    const key = separator > 0 ? decodeEncryptionKey(entry.slice(separator + 1)) : null;
    if (!key || !/^[A-Za-z0-9_.-]{1,64}$/.test(id)) return null;
    keys.set(id, key);
  }
  return keys;
}
