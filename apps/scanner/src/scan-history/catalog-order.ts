import { ENTRA_CATALOG } from '@trueconfig/controls';

const ORDER = new Map(ENTRA_CATALOG.map((c, index) => [c.id, index]));

/** Results in catalog order (unknown ids last, by id), as the scan API returns them. */
export function byCatalogOrder(a: { controlId: string }, b: { controlId: string }): number {
  const rank = (id: string) => ORDER.get(id) ?? Number.MAX_SAFE_INTEGER;
  return rank(a.controlId) - rank(b.controlId) || a.controlId.localeCompare(b.controlId);
}
