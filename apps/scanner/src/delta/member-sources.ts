import { DatasetPath } from '@trueconfig/controls';
import { STAGED_ROWS } from './staged-pages.store';

/**
 * Where ID-01's enabled members come from, as SQL over ($1 tenant, $2 scan): `members` yields (id, place, …)
 * in listing order by `order`; `names` looks up ($3 places, $4 ids) display names and UPNs.
 */
export interface MemberSource {
  members: string;
  order: string;
  names: string;
  /** Planner settings for the join, besides those every source gets. */
  settings: string[];
}

/** A scan that read users in full: its staged pages' join keys (enabled members, decided as they were staged). */
export const STAGED_MEMBERS: MemberSource = {
  members: `SELECT k.id, p.page AS place, k.ordinality FROM scanner.staged_pages p
    CROSS JOIN LATERAL json_array_elements_text(p.join_keys::json) WITH ORDINALITY AS k(id, ordinality)
    WHERE p.tenant_id = $1 AND p.dataset = '${DatasetPath.Users}' AND p.scan_id = $2`,
  order: 'm.place, m.ordinality',
  settings: [],
  names: `SELECT u.row->>'id' AS object_id, u.row->>'displayName' AS display_name, u.row->>'userPrincipalName' AS upn
    FROM scanner.staged_pages p CROSS JOIN LATERAL ${STAGED_ROWS} AS u(row)
    WHERE p.tenant_id = $1 AND p.dataset = '${DatasetPath.Users}' AND p.scan_id = $2 AND p.page = ANY($3::int[]) AND u.row->>'id' = ANY($4)`,
};

/** A delta scan: the replica (accountEnabled absent counts as enabled, as in isEnabledMember). */
export const REPLICA_MEMBERS: MemberSource = {
  members: `SELECT u.object_id AS id, u.position AS place FROM scanner.replica_rows u
    WHERE u.tenant_id = $1 AND u.dataset = '${DatasetPath.Users}'
      AND u.data->>'userType' = 'Member' AND u.data->'accountEnabled' IS DISTINCT FROM 'false'::jsonb`,
  order: 'm.place, m.id',
  // Rows just loaded have no statistics: a nested loop would be planned as if each side held one row.
  settings: ['SET LOCAL enable_nestloop = off'],
  names: `SELECT object_id, data->>'displayName' AS display_name, data->>'userPrincipalName' AS upn FROM scanner.replica_rows
    -- $2 (the scan) names nothing here; it is typed so both sources take the same parameters.
    WHERE tenant_id = $1 AND dataset = '${DatasetPath.Users}' AND $2::uuid IS NOT NULL AND position = ANY($3::bigint[]) AND object_id = ANY($4)`,
};
