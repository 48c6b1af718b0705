import { controlsSummary } from './controls-summary';
import { DemoRow } from './demo-types';
import { formatTable } from './format-table';

/** Each tenant's connection test and its ID-01 result, then every control of the fully permissioned scan. */
export function printDemoReport(rows: DemoRow[], trueMfaPercent: number): void {
  console.log('\nConnection tests');
  console.log(
    formatTable(
      ['app registration', 'ok', 'error code', 'permissions not granted'],
      rows.map((r) => [
        r.label,
        r.connection.ok ? 'yes' : 'no',
        r.connection.errorCode ?? '-',
        r.connection.permissions.filter((p) => !p.granted).map((p) => p.name).join(', ') || '-',
      ]),
    ),
  );
  console.log(`\nID-01 users with MFA registered (true share in the demo tenant: ${trueMfaPercent.toFixed(1)}%)`);
  console.log(
    formatTable(
      ['app registration', 'scan', 'status', 'metric', 'summary'],
      rows.map((r) => {
        const id01 = r.scan?.results.find((c) => c.controlId === 'ID-01');
        return [r.label, r.scan?.status ?? '-', id01?.status ?? '-', id01?.metric == null ? '-' : `${id01.metric.toFixed(1)}%`, id01?.summary ?? '-'];
      }),
    ),
  );
  for (const row of rows) {
    for (const warning of row.scan?.warnings ?? []) console.log(`warning (${row.label}): ${warning}`);
  }
  const full = rows[0];
  if (full?.scan) {
    console.log(`\nAll controls (${full.label}, scan ${full.scan.status})`);
    console.log(controlsSummary(full.scan.results));
  }
}
