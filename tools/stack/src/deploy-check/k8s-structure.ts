/** A small structural check of Kubernetes documents, for CI without a cluster or kubeconform. */
export interface K8sDocument {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}

interface Container {
  name?: string;
  image?: string;
  resources?: { requests?: { cpu?: string; memory?: string } };
  readinessProbe?: unknown;
  livenessProbe?: unknown;
}

interface PodTemplate {
  metadata?: { labels?: Record<string, string> };
  spec?: { containers?: Container[]; initContainers?: Container[] };
}

const API_VERSIONS: Record<string, string> = {
  Namespace: 'v1',
  ConfigMap: 'v1',
  Secret: 'v1',
  Service: 'v1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  Job: 'batch/v1',
  HorizontalPodAutoscaler: 'autoscaling/v2',
  PodDisruptionBudget: 'policy/v1',
  ScaledObject: 'keda.sh/v1alpha1',
};

const WORKLOADS = ['Deployment', 'StatefulSet', 'Job'];
const LONG_RUNNING = ['Deployment', 'StatefulSet'];
const DNS_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

const id = (doc: K8sDocument) => `${doc.kind ?? '?'}/${doc.metadata?.name ?? '?'}`;
const template = (doc: K8sDocument) => doc.spec?.template as PodTemplate | undefined;
const matches = (selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

/** Every problem found in a set of documents rendered together (one kustomization). */
export function k8sProblems(docs: K8sDocument[]): string[] {
  return [...docs.flatMap(documentProblems), ...referenceProblems(docs)];
}

/** The checks that need no other document: usable on raw files, before kustomize. */
export function documentProblems(doc: K8sDocument): string[] {
  const problems: string[] = [];
  const expected = doc.kind ? API_VERSIONS[doc.kind] : undefined;
  if (!doc.kind) problems.push(`${id(doc)}: no kind`);
  else if (!expected) problems.push(`${id(doc)}: kind not known to this check`);
  else if (doc.apiVersion !== expected) problems.push(`${id(doc)}: apiVersion ${doc.apiVersion} should be ${expected}`);
  if (!doc.metadata?.name || !DNS_NAME.test(doc.metadata.name)) problems.push(`${id(doc)}: metadata.name missing or not a DNS label`);
  if (doc.kind && WORKLOADS.includes(doc.kind)) problems.push(...workloadProblems(doc));
  return problems;
}

function workloadProblems(doc: K8sDocument): string[] {
  const problems: string[] = [];
  const pod = template(doc);
  const containers = [...(pod?.spec?.containers ?? []), ...(pod?.spec?.initContainers ?? [])];
  if (containers.length === 0) problems.push(`${id(doc)}: no containers`);
  for (const c of containers) {
    const where = `${id(doc)} container ${c.name ?? '?'}`;
    if (!c.image) problems.push(`${where}: no image`);
    if (!c.resources?.requests?.cpu || !c.resources.requests.memory) problems.push(`${where}: no cpu and memory requests`);
  }
  if (doc.kind && LONG_RUNNING.includes(doc.kind)) {
    for (const c of pod?.spec?.containers ?? []) {
      if (!c.readinessProbe || !c.livenessProbe) problems.push(`${id(doc)} container ${c.name ?? '?'}: needs readiness and liveness probes`);
    }
    const selector = (doc.spec?.selector as { matchLabels?: Record<string, string> } | undefined)?.matchLabels;
    if (!matches(selector, pod?.metadata?.labels)) problems.push(`${id(doc)}: selector does not match the pod template's labels`);
  }
  return problems;
}

function referenceProblems(docs: K8sDocument[]): string[] {
  const problems: string[] = [];
  const names = (kind: string) => new Set(docs.filter((d) => d.kind === kind).map((d) => d.metadata?.name));
  const podLabels = docs.filter((d) => d.kind && LONG_RUNNING.includes(d.kind)).map((d) => template(d)?.metadata?.labels);
  for (const doc of docs) {
    if (doc.kind === 'Service' || doc.kind === 'PodDisruptionBudget') {
      const selector =
        doc.kind === 'Service'
          ? (doc.spec?.selector as Record<string, string> | undefined)
          : (doc.spec?.selector as { matchLabels?: Record<string, string> } | undefined)?.matchLabels;
      if (!podLabels.some((labels) => matches(selector, labels))) problems.push(`${id(doc)}: selects no pods`);
    }
    const target = (doc.spec?.scaleTargetRef as { kind?: string; name?: string } | undefined) ?? undefined;
    if (target && !names(target.kind ?? 'Deployment').has(target.name)) problems.push(`${id(doc)}: scales ${target.kind}/${target.name}, which is not defined`);
    for (const ref of configReferences(doc)) {
      if (!names(ref.kind).has(ref.name)) problems.push(`${id(doc)}: uses ${ref.kind}/${ref.name}, which is not defined`);
    }
  }
  return problems;
}

/** Secrets and ConfigMaps a workload reads (env, envFrom, volumes), found anywhere in its pod spec. */
function configReferences(doc: K8sDocument): Array<{ kind: string; name: string }> {
  const found: Array<{ kind: string; name: string }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const name = (value as { name?: string } | undefined)?.name;
      if ((key === 'secretKeyRef' || key === 'secretRef') && name) found.push({ kind: 'Secret', name });
      if ((key === 'configMapKeyRef' || key === 'configMapRef') && name) found.push({ kind: 'ConfigMap', name });
      if (key === 'secret' && (value as { secretName?: string }).secretName) found.push({ kind: 'Secret', name: (value as { secretName: string }).secretName });
      walk(value);
    }
  };
  walk(template(doc)?.spec);
  return found;
}
