import { ODataQuery } from './odata-query';

/** Graph's identity-and-access cost rules: `$select` −1, `$expand` +1, `$top` under 20 −1, never below 1. */
export function resourceUnitCost(baseCost: number, query: ODataQuery): number {
  let cost = baseCost;
  if (query.select) cost -= 1;
  if (query.expand) cost += 1;
  if (query.top !== undefined && query.top < 20) cost -= 1;
  return Math.max(1, cost);
}
