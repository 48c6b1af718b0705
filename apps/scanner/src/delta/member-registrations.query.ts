import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DatasetPath, DEFAULT_EVIDENCE_CAP, MemberRegistrationCounts, unregisteredMemberItem } from '@trueconfig/controls';

/** ID-01's enabled members (accountEnabled absent counts as enabled), as its in-memory join decides them. */
const ENABLED_MEMBER = `u.data->>'userType' = 'Member' AND u.data->'accountEnabled' IS DISTINCT FROM 'false'::jsonb`;
const UNREGISTERED = 'FILTER (WHERE r.object_id IS NULL)';
const COUNT_JOIN = `SELECT count(*)::int AS members, count(r.object_id)::int AS registered,
    (array_agg(u.position ORDER BY u.position, u.object_id) ${UNREGISTERED})[1:$3] AS positions,
    (array_agg(u.object_id ORDER BY u.position, u.object_id) ${UNREGISTERED})[1:$3] AS ids
  FROM scanner.replica_rows u
  LEFT JOIN scanner.registration_keys r ON r.tenant_id = $1 AND r.object_id = u.object_id AND r.registered
  WHERE u.tenant_id = $1 AND u.dataset = $2 AND ${ENABLED_MEMBER}`;

interface JoinTotals {
  members: number;
  registered: number;
  positions: string[] | null;
  ids: string[] | null;
}

/**
 * ID-01's join of the tenant's replica of users to this scan's registration keys, in Postgres: exact counts
 * and the first unregistered members in listing order, whatever the tenant's size.
 */
@Injectable()
export class MemberRegistrationsQuery {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async count(tenantId: string, cap = DEFAULT_EVIDENCE_CAP): Promise<MemberRegistrationCounts> {
    const totals = await this.dataSource.transaction(async (manager) => {
      // Rows just loaded have no statistics: a nested loop would be planned as if each side held one row.
      await manager.query('SET LOCAL enable_nestloop = off');
      const rows: JoinTotals[] = await manager.query(COUNT_JOIN, [tenantId, DatasetPath.Users, cap]);
      return rows[0];
    });
    return { members: Number(totals?.members ?? 0), registered: Number(totals?.registered ?? 0), unregistered: await this.sample(tenantId, totals) };
  }

  /** The sample's names, looked up by listing position (indexed) and id. */
  private async sample(tenantId: string, totals: JoinTotals | undefined): Promise<MemberRegistrationCounts['unregistered']> {
    const ids = totals?.ids ?? [];
    if (ids.length === 0) return [];
    const rows: Array<{ object_id: string; display_name: string | null; upn: string | null }> = await this.dataSource.query(
      `SELECT object_id, data->>'displayName' AS display_name, data->>'userPrincipalName' AS upn FROM scanner.replica_rows
       WHERE tenant_id = $1 AND dataset = $2 AND position = ANY($3::bigint[]) AND object_id = ANY($4)`,
      [tenantId, DatasetPath.Users, totals?.positions ?? [], ids],
    );
    const byId = new Map(rows.map((row) => [row.object_id, row]));
    return ids.map((id) => unregisteredMemberItem(id, { displayName: byId.get(id)?.display_name, userPrincipalName: byId.get(id)?.upn }));
  }
}
