import { waitFor } from '@trueconfig/launcher';
import { AUDIT_LOGS } from './documents';
import { env, gql } from './e2e-client';

export interface AuditNode {
  id: string;
  level: string;
  code: string;
  message: string;
  tenantId: string | null;
  scanId: string | null;
  service: string;
}

/**
 * The sync log is written asynchronously (JetStream, then the audit service): poll until the lines a
 * test expects have arrived, then return them.
 */
export async function auditLogsWhen(
  filter: Record<string, unknown>,
  arrived: (nodes: AuditNode[]) => boolean,
  apiKey: string = env.adminKey,
): Promise<AuditNode[]> {
  let nodes: AuditNode[] = [];
  await waitFor('sync-log lines', async () => {
    const logs = await gql<{ auditLogs: { edges: Array<{ node: AuditNode }> } }>(AUDIT_LOGS, { filter, first: 100 }, apiKey);
    nodes = logs.data?.auditLogs.edges.map((e) => e.node) ?? [];
    return arrived(nodes);
  }, 20000, { everyMs: 200 });
  return nodes;
}
