import { initProcessMetrics, metricsRegistry } from '@trueconfig/common';
import { workspaceRoot } from '@trueconfig/launcher';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Dashboard {
  uid: string;
  panels: Array<{ type: string; title: string; targets?: Array<{ expr: string }> }>;
}

const dashboard = JSON.parse(readFileSync(join(workspaceRoot(), 'deploy/grafana/trueconfig.json'), 'utf8')) as Dashboard;

describe('Grafana dashboard (deploy/grafana/trueconfig.json)', () => {
  it('charts only metrics the services export', () => {
    initProcessMetrics('dashboard-check');
    const used = dashboard.panels
      .flatMap((p) => p.targets ?? [])
      .flatMap((t) => t.expr.match(/\b(trueconfig|process|nodejs)_[a-z0-9_]+/g) ?? [])
      .map((name) => name.replace(/_(bucket|count|sum)$/, ''));
    expect(used.length).toBeGreaterThan(10);
    expect([...new Set(used)].filter((name) => !metricsRegistry.getSingleMetric(name))).toEqual([]);
  });

  it('covers NATS, scans, JetStream lag, Graph, pools', () => {
    const text = JSON.stringify(dashboard.panels);
    for (const metric of ['nats_client_requests_total', 'nats_handled_messages_total', 'scan_duration_seconds', 'jetstream_consumer_pending_messages', 'graph_requests_total', 'graph_throttles_total', 'graph_retries_total', 'db_pool_connections']) {
      expect(text).toContain(`trueconfig_${metric}`);
    }
  });
});
