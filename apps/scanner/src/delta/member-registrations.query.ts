import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DatasetPath, DEFAULT_EVIDENCE_CAP, MemberRegistrationCounts, unregisteredMemberItem } from '@trueconfig/controls';
import { MemberSource, REPLICA_MEMBERS, STAGED_MEMBERS } from './member-sources';

interface JoinTotals {
  members: number;
  registered: number;
  places: string[] | null;
  ids: string[] | null;
}

/** The users this scan's registration report shows with MFA registered (its staged join keys). */
const REGISTERED = `SELECT k.id FROM scanner.staged_pages p CROSS JOIN LATERAL json_array_elements_text(p.join_keys::json) AS k(id)
  WHERE p.tenant_id = $1 AND p.dataset = '${DatasetPath.UserRegistrationDetails}' AND p.scan_id = $2 GROUP BY k.id`;
/**
 * Every join: no JIT (its compile time is most of such a query's, and a disabled nested loop's cost always
 * triggers it), and memory enough for 100,000 users' keys to be hashed without spilling to disk.
 */
const JOIN_SETTINGS = ['SET LOCAL jit = off', "SET LOCAL work_mem = '64MB'"];

const countJoin = (source: MemberSource) => `WITH members AS (${source.members}), registered AS (${REGISTERED})
  SELECT count(*)::int AS members, count(r.id)::int AS registered,
    (array_agg(m.place ORDER BY ${source.order}) FILTER (WHERE r.id IS NULL))[1:$3] AS places,
    (array_agg(m.id ORDER BY ${source.order}) FILTER (WHERE r.id IS NULL))[1:$3] AS ids
  FROM members m LEFT JOIN registered r ON r.id = m.id`;

/**
 * ID-01's join of the tenant's users to this scan's registration report, in Postgres: exact counts and the
 * first unregistered members in listing order, whatever the tenant's size. Users come from this scan's staged
 * pages when it read them in full, else from the replica a delta brought up to date.
 */
@Injectable()
export class MemberRegistrationsQuery {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async count(tenantId: string, scanId: string, usersStaged: boolean, cap = DEFAULT_EVIDENCE_CAP): Promise<MemberRegistrationCounts> {
    const source = usersStaged ? STAGED_MEMBERS : REPLICA_MEMBERS;
    const totals = await this.dataSource.transaction(async (manager) => {
      for (const setting of [...JOIN_SETTINGS, ...source.settings]) await manager.query(setting);
      const rows: JoinTotals[] = await manager.query(countJoin(source), [tenantId, scanId, cap]);
      return rows[0];
    });
    const ids = totals?.ids ?? [];
    const names = ids.length === 0 ? new Map() : await this.names(source, tenantId, scanId, totals?.places ?? [], ids);
    return {
      members: Number(totals?.members ?? 0),
      registered: Number(totals?.registered ?? 0),
      unregistered: ids.map((id) => unregisteredMemberItem(id, { displayName: names.get(id)?.display_name, userPrincipalName: names.get(id)?.upn })),
    };
  }

  /** The sample's names, looked up where the sample was found (listing positions, or staged pages). */
  private async names(source: MemberSource, tenantId: string, scanId: string, places: string[], ids: string[]) {
    const rows: Array<{ object_id: string; display_name: string | null; upn: string | null }> = await this.dataSource.query(source.names, [tenantId, scanId, places, ids]);
    return new Map(rows.map((row) => [row.object_id, row]));
  }
}
