import { readFileSync } from 'node:fs';
import { ConnectionOptions, credsAuthenticator } from 'nats';
import { ConfigError } from '../config/config.error';
import { loadConfig } from '../config/load-config';
import { NatsSecurityEnv, natsSecurityEnvSchema } from '../config/nats-security-env';

/**
 * Authentication and TLS for every NATS connection a service opens (raw, client proxy, microservice
 * server), from NATS_USER/NATS_PASSWORD, NATS_TOKEN or NATS_CREDS_FILE and NATS_TLS_*_FILE.
 */
export function natsSecurityOptions(env: NatsSecurityEnv = loadConfig(natsSecurityEnvSchema)): Partial<ConnectionOptions> {
  const problems = pairingProblems(env);
  if (problems.length > 0) throw new ConfigError(problems);
  const options: Partial<ConnectionOptions> = {};
  if (env.NATS_USER) Object.assign(options, { user: env.NATS_USER, pass: env.NATS_PASSWORD });
  if (env.NATS_TOKEN) options.token = env.NATS_TOKEN;
  if (env.NATS_CREDS_FILE) options.authenticator = credsAuthenticator(readCreds(env.NATS_CREDS_FILE));
  if (env.NATS_TLS_CA_FILE || env.NATS_TLS_CERT_FILE) {
    options.tls = { caFile: env.NATS_TLS_CA_FILE, certFile: env.NATS_TLS_CERT_FILE, keyFile: env.NATS_TLS_KEY_FILE };
  }
  return options;
}

function pairingProblems(env: NatsSecurityEnv): string[] {
  const problems: string[] = [];
  if (env.NATS_USER && !env.NATS_PASSWORD) problems.push('NATS_PASSWORD: is required when NATS_USER is set');
  if (env.NATS_PASSWORD && !env.NATS_USER) problems.push('NATS_USER: is required when NATS_PASSWORD is set');
  const methods = [env.NATS_USER, env.NATS_TOKEN, env.NATS_CREDS_FILE].filter(Boolean).length;
  if (methods > 1) problems.push('NATS_USER, NATS_TOKEN, NATS_CREDS_FILE: set only one way to authenticate');
  if (Boolean(env.NATS_TLS_CERT_FILE) !== Boolean(env.NATS_TLS_KEY_FILE)) {
    problems.push('NATS_TLS_CERT_FILE, NATS_TLS_KEY_FILE: set both for mutual TLS, or neither');
  }
  for (const key of ['NATS_CREDS_FILE', 'NATS_TLS_CA_FILE', 'NATS_TLS_CERT_FILE', 'NATS_TLS_KEY_FILE'] as const) {
    const file = env[key];
    if (file && !readable(file)) problems.push(`${key}: cannot read ${file}`);
  }
  return problems;
}

function readable(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

function readCreds(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}
