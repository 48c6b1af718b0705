import { loadConfig } from '@trueconfig/common';
import { workspaceRoot } from '@trueconfig/launcher';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { interpolate, interpolateAll } from './compose-interpolate';
import { APP_SERVICES, loadServiceEnvSchema } from './service-env-schemas';

interface ComposeService {
  image?: string;
  build?: string | { context: string; dockerfile?: string };
  command?: string[];
  profiles?: string[];
  environment?: Record<string, string>;
  deploy?: { replicas?: string | number };
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
}

const root = workspaceRoot();
const raw = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
/** What an operator sets at the least: the one required secret. */
const minimalEnv = { ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') };
const services = (env: Record<string, string>) =>
  (interpolateAll(parse(raw, { merge: true }), env) as { services: Record<string, ComposeService> }).services;

describe('docker-compose.yml', () => {
  it('is YAML without errors or warnings (a `${…}` inside a flow map is one)', () => {
    const document = parseDocument(raw, { merge: true });
    expect([...document.errors, ...document.warnings].map((problem) => problem.message)).toEqual([]);
  });

  it('interpolates like compose: defaults, required variables and $$', () => {
    expect(interpolate('${A:-x}/${B-y}/$$s/${C}', { B: '' })).toBe('x//$s/');
    expect(() => interpolate('${KEY:?set KEY}', {})).toThrow('KEY: set KEY');
  });

  it('refuses to start without the encryption key, naming it', () => {
    expect(() => services({})).toThrow(/ENCRYPTION_KEY: set ENCRYPTION_KEY/);
  });

  it('runs Postgres, NATS with JetStream on a volume, and the migrations once before the services', () => {
    const all = services(minimalEnv);
    expect(all.nats.command).toEqual(expect.arrayContaining(['-js', '-sd', '/data']));
    expect(all.nats.volumes).toContain('nats-data:/data');
    expect(all.migrate.command?.join(' ')).toMatch(/apps\/\$s\/dist\/migrate\.js/);
    for (const service of APP_SERVICES) {
      expect(all[service].depends_on?.migrate).toEqual({ condition: 'service_completed_successfully' });
      expect(all[service].depends_on?.nats).toEqual({ condition: 'service_healthy' });
    }
    expect(all['graph-emulator'].profiles).toEqual(['dev']);
    expect([all.prometheus.profiles, all.grafana.profiles, all.jaeger.profiles]).toEqual([['observability'], ['observability'], ['observability']]);
    const mounted = [...(all.prometheus.volumes ?? []), ...(all.grafana.volumes ?? [])].map((v) => v.split(':')[0]);
    expect(mounted.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it('builds each service from its own Dockerfile, with a health check and settable replicas', () => {
    const all = services({ ...minimalEnv, SCANNER_REPLICAS: '3' });
    for (const service of APP_SERVICES) {
      expect(all[service].build).toEqual({ context: '.', dockerfile: `deploy/docker/${service}.Dockerfile` });
      expect(readFileSync(join(root, `deploy/docker/${service}.Dockerfile`), 'utf8')).toMatch(/USER node[\s\S]*HEALTHCHECK/);
      expect(all[service].healthcheck?.test.join(' ')).toContain('/readyz');
      expect(Number(all[service].deploy?.replicas)).toBe(service === 'scanner' ? 3 : 1);
    }
  });

  it.each(APP_SERVICES)('gives %s every variable its env schema requires, with valid values', async (service) => {
    const schema = await loadServiceEnvSchema(root, service);
    const environment = services(minimalEnv)[service].environment ?? {};
    expect(() => loadConfig(schema, environment)).not.toThrow();
    const config = loadConfig(schema, environment) as Record<string, unknown>;
    expect(config.HTTP_HOST).toBe('0.0.0.0');
    expect(config.NATS_URL).toBe('nats://nats:4222');
    expect(config).toMatchObject({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://jaeger:4318' });
    const traced = loadConfig(schema, services({ ...minimalEnv, OTEL_TRACES_EXPORTER: 'otlp' })[service].environment ?? {}) as Record<string, unknown>;
    expect(traced.OTEL_TRACES_EXPORTER).toBe('otlp');
  });
});
