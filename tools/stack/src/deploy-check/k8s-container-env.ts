import { K8sDocument } from './k8s-structure';

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string; key: string } };
}

interface PodSpec {
  containers: Array<{ name: string; env?: EnvVar[]; envFrom?: Array<{ configMapRef?: { name: string } }>; volumeMounts?: Array<{ name: string; mountPath: string }> }>;
  volumes?: Array<{ name: string; secret?: { secretName: string } }>;
}

/**
 * The environment a Deployment's first container starts with, resolved from rendered ConfigMaps and
 * Secrets; a `NAME_FILE` that points into a mounted Secret becomes `NAME` with the file's content.
 */
export function containerEnv(deployment: K8sDocument, docs: K8sDocument[]): Record<string, string> {
  const byName = (kind: string, name: string) => docs.find((d) => d.kind === kind && d.metadata?.name === name)?.data ?? {};
  const secretValue = (name: string, key: string) => Buffer.from(byName('Secret', name)[key] ?? '', 'base64').toString('utf8');
  const pod = (deployment.spec?.template as { spec: PodSpec }).spec;
  const container = pod.containers[0];
  const env: Record<string, string> = {};
  for (const from of container.envFrom ?? []) if (from.configMapRef) Object.assign(env, byName('ConfigMap', from.configMapRef.name));
  for (const variable of container.env ?? []) {
    const secret = variable.valueFrom?.secretKeyRef;
    const config = variable.valueFrom?.configMapKeyRef;
    env[variable.name] = variable.value ?? (secret ? secretValue(secret.name, secret.key) : config ? (byName('ConfigMap', config.name)[config.key] ?? '') : '');
  }
  for (const [name, path] of Object.entries(env).filter(([n]) => n.endsWith('_FILE'))) {
    const mount = container.volumeMounts?.find((m) => path.startsWith(`${m.mountPath}/`));
    const secretName = pod.volumes?.find((v) => v.name === mount?.name)?.secret?.secretName;
    if (!mount || !secretName) continue;
    env[name.replace(/_FILE$/, '')] = secretValue(secretName, path.slice(mount.mountPath.length + 1));
    delete env[name];
  }
  return env;
}
