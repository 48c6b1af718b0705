import { ServiceName, SERVICE_PORTS } from '@trueconfig/launcher';

const MAX_REPLICAS = 9;

/** `scanner=3,gateway=2` → `{ scanner: 3, gateway: 2 }`; anything else throws a message naming the fix. */
export function parseReplicas(value: string | undefined): Partial<Record<ServiceName, number>> {
  const replicas: Partial<Record<ServiceName, number>> = {};
  if (!value) return replicas;
  for (const entry of value.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [name, countText] = entry.split('=');
    const count = Number(countText);
    if (!(name in SERVICE_PORTS)) {
      throw new Error(`--replicas: unknown service "${name}" (one of ${Object.keys(SERVICE_PORTS).join(', ')})`);
    }
    if (!Number.isInteger(count) || count < 1 || count > MAX_REPLICAS) {
      throw new Error(`--replicas: ${name} needs a whole number of replicas from 1 to ${MAX_REPLICAS}, got "${countText ?? ''}"`);
    }
    replicas[name as ServiceName] = count;
  }
  return replicas;
}
