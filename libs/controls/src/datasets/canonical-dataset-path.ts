import { DATASET_DEFINITIONS } from './dataset-definitions';
import { DatasetPath } from './dataset-path';

const BY_NAME = new Map<string, DatasetPath>(
  DATASET_DEFINITIONS.flatMap((d) => [d.path, ...(d.aliases ?? [])].map((name) => [name, d.path] as const)),
);

/** The catalog's name for a Graph path, accepting either API version where the shapes agree. */
export function canonicalDatasetPath(path: string): DatasetPath | null {
  const bare = path.replace(/^\/+/, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
  return BY_NAME.get(bare) ?? null;
}
