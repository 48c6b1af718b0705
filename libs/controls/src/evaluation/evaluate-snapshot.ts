import { EvaluatedControlResult } from '../acceptance/evaluated-control-result';
import { ENTRA_CATALOG } from '../catalog/control-catalog';
import { canonicalDatasetPath } from '../datasets/canonical-dataset-path';
import { classifyDatasetFailure, GraphFailure } from '../datasets/classify-dataset-failure';
import { datasetDefinition } from '../datasets/dataset-definitions';
import { DatasetPath } from '../datasets/dataset-path';
import { ControlDefinition } from '../model/control-definition';
import { DatasetUnavailability, UnavailableCause } from '../model/dataset-availability';
import { createEvaluation } from './create-evaluation';
import { Evaluation } from './evaluation';
import { TenantSnapshot } from './tenant-snapshot';

const UNAVAILABLE_CAUSES: ReadonlySet<string> = new Set<UnavailableCause>(['permission', 'licence', 'error', 'not-collected']);

export interface SnapshotEvaluationOptions {
  catalog?: readonly ControlDefinition[];
  /** Collections are fed in pages of this size, as a scan would feed them (Graph's 999 by default). */
  pageSize?: number;
  /** "Now" for ages and expiries; default the snapshot's capturedAt, else the current time. */
  now?: Date;
}

/** Evaluates a whole snapshot through the same page-wise path a scan uses (tests, offline evaluator). */
export function evaluateSnapshot(snapshot: TenantSnapshot, options: SnapshotEvaluationOptions = {}): EvaluatedControlResult[] {
  const meta = snapshot._meta ?? {};
  const capturedAt = meta.capturedAt ? new Date(meta.capturedAt) : undefined;
  const context = { now: options.now ?? (capturedAt && !Number.isNaN(capturedAt.getTime()) ? capturedAt : undefined), licence: meta.licence ?? null };
  const evaluation = createEvaluation(options.catalog ?? ENTRA_CATALOG, meta.settings ?? {}, context);
  for (const path of evaluation.datasets) {
    feedDataset(evaluation, path, findValue(snapshot, path), snapshot, options.pageSize ?? 999);
  }
  return evaluation.finish();
}

function feedDataset(evaluation: Evaluation, path: DatasetPath, value: unknown, snapshot: TenantSnapshot, pageSize: number): void {
  if (value === undefined) {
    evaluation.markUnavailable(path, { cause: 'not-collected', message: `The snapshot has no ${path}.` });
    return;
  }
  const unavailable = unavailabilityOf(value);
  if (unavailable) {
    evaluation.markUnavailable(path, unavailable);
    return;
  }
  const failure = failureOf(value);
  if (failure) {
    evaluation.markUnavailable(path, classifyDatasetFailure(datasetDefinition(path), failure, snapshot._meta?.grantedPermissions));
    return;
  }
  const rows = rowsOf(value);
  for (let start = 0; start < rows.length; start += pageSize) evaluation.feed(path, rows.slice(start, start + pageSize));
  evaluation.complete(path);
}

function findValue(snapshot: TenantSnapshot, path: DatasetPath): unknown {
  const key = Object.keys(snapshot).find((k) => k !== '_meta' && canonicalDatasetPath(k) === path);
  return key === undefined ? undefined : snapshot[key];
}

/** A collection as an array, Graph's raw `{ value: [...] }` page, or a singleton object. */
function rowsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isObject(value) && Array.isArray(value.value)) return value.value;
  return [value];
}

/** A read the collector did not send, with its reason (e.g. above the tenant's licence): `{ unavailable: { cause, message } }`. */
function unavailabilityOf(value: unknown): DatasetUnavailability | null {
  if (!isObject(value) || !isObject(value.unavailable)) return null;
  const { cause, message, permission } = value.unavailable;
  if (typeof cause !== 'string' || !UNAVAILABLE_CAUSES.has(cause)) return null;
  return {
    cause: cause as UnavailableCause,
    message: typeof message === 'string' ? message : 'The dataset was not read.',
    ...(typeof permission === 'string' ? { permission } : {}),
  };
}

function failureOf(value: unknown): GraphFailure | null {
  if (!isObject(value) || !isObject(value.error)) return null;
  const { status, code, message } = value.error;
  return {
    status: typeof status === 'number' ? status : 0,
    code: typeof code === 'string' ? code : undefined,
    message: typeof message === 'string' ? message : 'The read failed.',
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
