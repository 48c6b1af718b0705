const VARIABLE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])((?:[^}])*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * Docker Compose's variable interpolation (`$X`, `${X}`, `${X:-default}`, `${X-default}`,
 * `${X:?error}`, `$$`), enough to check what a service receives when only `env` is set.
 */
export function interpolate(text: string, env: Record<string, string | undefined>): string {
  return text.replace(VARIABLE, (whole, braced?: string, operator?: string, argument?: string, bare?: string) => {
    if (whole === '$$') return '$';
    const name = braced ?? bare ?? '';
    const value = env[name];
    const unset = operator?.startsWith(':') ? !value : value === undefined;
    if (operator?.endsWith('?') && unset) throw new Error(`${name}: ${argument || 'is required'}`);
    if (operator?.endsWith('-') && unset) return argument ?? '';
    return value ?? '';
  });
}

/** Interpolates every string inside a parsed YAML value. */
export function interpolateAll(value: unknown, env: Record<string, string | undefined>): unknown {
  if (typeof value === 'string') return interpolate(value, env);
  if (Array.isArray(value)) return value.map((item) => interpolateAll(item, env));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateAll(item, env)]));
  }
  return value;
}
