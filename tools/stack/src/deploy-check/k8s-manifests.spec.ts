import { workspaceRoot } from '@trueconfig/launcher';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { loadConfig } from '@trueconfig/common';
import { containerEnv } from './k8s-container-env';
import { documentProblems, K8sDocument, k8sProblems } from './k8s-structure';
import { APP_SERVICES, loadServiceEnvSchema } from './service-env-schemas';

const root = workspaceRoot();
const k8s = join(root, 'deploy/k8s');
const kustomizations = ['base', 'overlays/dev'];

function parseYaml(text: string, where: string): K8sDocument[] {
  return parseAllDocuments(text).map((document) => {
    const problems = [...document.errors, ...document.warnings].map((p) => p.message);
    if (problems.length > 0) throw new Error(`${where}: ${problems.join('; ')}`);
    return document.toJSON() as K8sDocument;
  });
}

const rendered = new Map<string, K8sDocument[] | undefined>();

/** `kubectl kustomize` renders exactly what `kubectl apply -k` would send (no cluster needed). */
function render(kustomization: string): K8sDocument[] | undefined {
  if (!rendered.has(kustomization)) rendered.set(kustomization, renderNow(kustomization));
  return rendered.get(kustomization);
}

function renderNow(kustomization: string): K8sDocument[] | undefined {
  const result = spawnSync('kubectl', ['kustomize', join(k8s, kustomization)], { encoding: 'utf8' });
  if (result.error) return undefined;
  if (result.status !== 0) throw new Error(`kubectl kustomize ${kustomization} failed:\n${result.stderr}`);
  return parseYaml(result.stdout, kustomization).filter((d) => d);
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? yamlFiles(join(dir, entry.name)) : entry.name.endsWith('.yaml') ? [join(dir, entry.name)] : [],
  );
}

describe('Kubernetes manifests (deploy/k8s)', () => {
  it('parse as YAML, every document', () => {
    for (const file of yamlFiles(k8s)) expect(() => parseYaml(readFileSync(file, 'utf8'), file)).not.toThrow();
  });

  it('pass the per-document checks file by file, even without kubectl', () => {
    const docs = yamlFiles(k8s)
      .filter((file) => !file.endsWith('kustomization.yaml'))
      .flatMap((file) => parseYaml(readFileSync(file, 'utf8'), file));
    expect(docs.length).toBeGreaterThan(15);
    expect(docs.flatMap(documentProblems)).toEqual([]);
  });

  it('name only files that exist in their kustomizations', () => {
    for (const kustomization of kustomizations) {
      const dir = join(k8s, kustomization);
      const [spec] = parseYaml(readFileSync(join(dir, 'kustomization.yaml'), 'utf8'), kustomization) as Array<{ resources?: string[]; patches?: Array<{ path?: string }> }>;
      const paths = [...(spec.resources ?? []), ...(spec.patches ?? []).flatMap((p) => (p.path ? [p.path] : []))];
      expect(paths.filter((path) => !existsSync(join(dir, path)))).toEqual([]);
    }
  });

  const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
  (kubectl ? it.each(kustomizations) : it.skip.each(kustomizations))('render with kubectl kustomize (%s) into valid, consistent documents', (kustomization) => {
    const docs = render(kustomization) ?? [];
    expect(k8sProblems(docs)).toEqual([]);
    const kinds = docs.map((d) => `${d.kind}/${d.metadata?.name}`);
    expect(kinds).toEqual(expect.arrayContaining(['Deployment/gateway', 'Deployment/connector', 'Deployment/scanner', 'Deployment/audit', 'Job/trueconfig-migrate', 'HorizontalPodAutoscaler/gateway', 'ScaledObject/scanner']));
    expect(docs.filter((d) => d.kind === 'Secret').map((d) => d.metadata?.name)).toEqual([
      expect.stringMatching(/^trueconfig-database-/),
      expect.stringMatching(/^trueconfig-encryption-key-/),
    ]);
  });

  (kubectl ? it.each(APP_SERVICES) : it.skip.each(APP_SERVICES))('give %s (dev overlay) an environment its own schema accepts', async (service) => {
    const docs = render('overlays/dev') ?? [];
    const deployment = docs.find((d) => d.kind === 'Deployment' && d.metadata?.name === service);
    expect(deployment).toBeDefined();
    const env = containerEnv(deployment as K8sDocument, docs);
    const config = loadConfig(await loadServiceEnvSchema(root, service), env) as Record<string, unknown>;
    expect(config).toMatchObject({ HTTP_HOST: '0.0.0.0', NATS_URL: 'nats://nats:4222', NODE_ENV: 'production' });
  });

  it('scale the scanner on its JetStream consumer lag through KEDA', () => {
    const [scaled] = parseYaml(readFileSync(join(k8s, 'base/scanner-scaledobject.yaml'), 'utf8'), 'scaledobject') as Array<{ spec: { triggers: Array<{ type: string; metadata: Record<string, string> }> } }>;
    expect(scaled.spec.triggers[0]).toMatchObject({ type: 'nats-jetstream', metadata: { stream: 'SCANS', consumer: 'scanner-workers' } });
  });

  it('are checked by a validator that catches what matters', () => {
    const broken: K8sDocument[] = [
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { selector: { matchLabels: { app: 'x' } }, template: { metadata: { labels: { app: 'y' } }, spec: { containers: [{ name: 'x' }] } } } },
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'Bad_Name' }, spec: { selector: { app: 'z' } } },
    ];
    expect(k8sProblems(broken)).toEqual([
      'Deployment/x container x: no image',
      'Deployment/x container x: no cpu and memory requests',
      'Deployment/x container x: needs readiness and liveness probes',
      "Deployment/x: selector does not match the pod template's labels",
      'Service/Bad_Name: metadata.name missing or not a DNS label',
      'Service/Bad_Name: selects no pods',
    ]);
  });
});
