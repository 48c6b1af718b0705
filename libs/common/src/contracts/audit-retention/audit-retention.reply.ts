/** How long an organisation's sync-log lines are kept before the retention job deletes them. */
export interface AuditRetentionReply {
  days: number;
  /** True when the organisation has no override of its own. */
  isDefault: boolean;
  defaultDays: number;
}
