export interface ExportAuditLogsReply {
  /** CSV with a header line, or one JSON object per line. */
  text: string;
  rows: number;
  /** True when more lines matched than the export may carry: narrow the filter (e.g. the time range). */
  truncated: boolean;
}
