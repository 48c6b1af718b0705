import { Client } from '@microsoft/microsoft-graph-client';
import {
  CatalogDatasetPath,
  classifyDatasetFailure,
  CollectionFacts,
  createEvaluation,
  datasetDefinition,
  DatasetPath,
  DatasetSource,
  DatasetUnavailability,
  describeRequirement,
  findCollector,
  getSource,
  GraphFailure,
  licenceGap,
  licenceTierOf,
  PageSender,
  ReferencedObjectIds,
  referencedObjectsSource,
  scanDatasetRequest,
  TenantSnapshot,
  toGraphFailure,
  ENTRA_CATALOG,
  withDefaultBackoff,
} from '@trueconfig/controls';

/** Read first: the subscribed SKUs tell the licence, which decides what else is requested (as in a scan). */
const LICENCE_DATASET: DatasetPath = CatalogDatasetPath.SubscribedSkus;

/** The scan's backoff with jitter around each page, beyond the Graph client's own retries of 429/503/504. */
const send: PageSender = withDefaultBackoff;

type DatasetValue = unknown[] | object | { error: GraphFailure } | { unavailable: DatasetUnavailability };

export interface TenantExport {
  snapshot: TenantSnapshot;
  /** "path: reason" for each dataset that could not be read. */
  unavailable: string[];
  rows: number;
}

/**
 * Reads every dataset the catalog needs, the way a scan does (same requests, `$select`, page sizes,
 * nextLinks, related rows and licence gates), into DESIGN.md's snapshot shape. A dataset Graph refuses
 * is kept as `{ error }`, one not requested as `{ unavailable }`; failures outside Graph's answers
 * (the token) propagate.
 */
export async function readTenantSnapshot(client: Client, grantedPermissions: string[], capturedAt = new Date()): Promise<TenantExport> {
  const references = new ReferencedObjectIds();
  const skus = await readDataset(client, LICENCE_DATASET, { licence: null, previousScanStartedAt: null }, references);
  const licence = Array.isArray(skus) ? licenceTierOf(skus) : null;
  const facts: CollectionFacts = { licence, grantedPermissions, previousScanStartedAt: null };
  const snapshot: TenantSnapshot = { _meta: { capturedAt: capturedAt.toISOString(), ...(licence ? { licence } : {}), grantedPermissions }, [LICENCE_DATASET]: skus };
  for (const path of readingOrder()) snapshot[path] = await readDataset(client, path, facts, references);
  return summarise(snapshot);
}

/** The catalog's datasets in collection order; those whose request is built from another (CA-12's getByIds) last. */
function readingOrder(): DatasetPath[] {
  const rest = createEvaluation(ENTRA_CATALOG).datasets.filter((path) => path !== LICENCE_DATASET);
  const dependent = (path: DatasetPath) => datasetDefinition(path).request !== undefined;
  return [...rest.filter((path) => !dependent(path)), ...rest.filter(dependent)];
}

async function readDataset(client: Client, path: DatasetPath, facts: CollectionFacts, references: ReferencedObjectIds): Promise<DatasetValue> {
  const dataset = datasetDefinition(path);
  const gap = licenceGap(dataset, facts.licence);
  if (gap) return { unavailable: gap };
  const source = sourceFor(path, facts, references);
  if (!source) return { unavailable: { cause: 'not-collected', message: `${path} is not read by this version` } };
  const rows: unknown[] = [];
  try {
    await source.read(
      client,
      async (page) => {
        if (path === CatalogDatasetPath.ConditionalAccessPolicies) references.observe(page);
        rows.push(...page);
      },
      send,
    );
  } catch (error) {
    const failure = toGraphFailure(error);
    if (!failure) throw error;
    return { error: failure };
  }
  return dataset.kind === 'singleton' ? withoutODataKeys(rows[0]) : rows;
}

function sourceFor(path: DatasetPath, facts: CollectionFacts, references: ReferencedObjectIds): DatasetSource | null {
  const dataset = datasetDefinition(path);
  if (path === CatalogDatasetPath.ReferencedDirectoryObjects) return referencedObjectsSource(dataset, references);
  const collector = findCollector(path);
  const request = collector ? scanDatasetRequest(collector, facts) : null;
  return request ? getSource(dataset, request) : null;
}

/** A singleton as Graph's entity, without the response's `@odata.context`. */
function withoutODataKeys(row: unknown): object {
  if (typeof row !== 'object' || row === null) return {};
  return Object.fromEntries(Object.entries(row).filter(([key]) => !key.startsWith('@odata.')));
}

function summarise(snapshot: TenantSnapshot): TenantExport {
  const unavailable: string[] = [];
  let rows = 0;
  for (const [key, value] of Object.entries(snapshot)) {
    if (key === '_meta') continue;
    if (Array.isArray(value)) rows += value.length;
    const reason = reasonOf(key as DatasetPath, value, snapshot._meta?.grantedPermissions);
    if (reason) unavailable.push(`${key}: ${reason}`);
  }
  return { snapshot, unavailable, rows };
}

function reasonOf(path: DatasetPath, value: unknown, granted?: string[]): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  if ('unavailable' in value) return (value as { unavailable: DatasetUnavailability }).unavailable.message;
  if ('error' in value) return describeRequirement(classifyDatasetFailure(datasetDefinition(path), (value as { error: GraphFailure }).error, granted));
  return null;
}
