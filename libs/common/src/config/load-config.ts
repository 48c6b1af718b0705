import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './config.error';

/**
 * Validates the environment against a schema and fails loudly, naming every bad or missing variable.
 * `NAME_FILE` may stand for `NAME` (a path whose content is the value), for mounted secrets.
 */
export function loadConfig<S extends z.ZodObject<z.ZodRawShape>>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const resolved = withFileVariants(Object.keys(schema.shape), env);
  const parsed = schema.safeParse(resolved.values);
  const problems = [
    ...resolved.problems,
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)),
  ];
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  return parsed.data;
}

function withFileVariants(keys: string[], env: NodeJS.ProcessEnv) {
  const values: Record<string, string | undefined> = {};
  const problems: string[] = [];
  for (const key of keys) {
    const file = env[`${key}_FILE`];
    if (file === undefined || env[key] !== undefined) {
      values[key] = env[key];
      continue;
    }
    try {
      values[key] = readFileSync(file, 'utf8').trim();
    } catch {
      problems.push(`${key}_FILE: cannot read ${file}`);
    }
  }
  return { values, problems };
}
