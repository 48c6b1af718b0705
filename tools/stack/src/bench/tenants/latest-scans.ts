import { BenchApi } from './bench-api';

const LATEST = `query Latest($after: String) {
  tenants(first: 100, after: $after) {
    edges { node { id latestScan { status finishedAt } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface LatestScan {
  status: string;
  finishedAt: string | null;
}

interface LatestPage {
  tenants: {
    edges: Array<{ node: { id: string; latestScan: LatestScan | null } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** Every tenant's latest scan, a page of 100 per request (one request per poll, not one per scan). */
export async function latestScans(api: BenchApi): Promise<Map<string, LatestScan | null>> {
  const scans = new Map<string, LatestScan | null>();
  let after: string | null = null;
  do {
    const page: LatestPage = await api<LatestPage>(LATEST, { after });
    for (const { node } of page.tenants.edges) scans.set(node.id, node.latestScan);
    after = page.tenants.pageInfo.hasNextPage ? page.tenants.pageInfo.endCursor : null;
  } while (after);
  return scans;
}
