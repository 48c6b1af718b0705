export interface PermissionView {
  name: string;
  granted: boolean;
}

export interface ConnectionTestView {
  ok: boolean;
  errorCode: string | null;
  message: string;
  permissions: PermissionView[];
}

export interface ConnectReply {
  connectTenant: { tenant: { id: string; displayName: string; status: string }; connectionTest: ConnectionTestView };
}

export interface ProgressEvent {
  scanProgress: { scanId: string; phase: string; percent: number; status: string; message: string };
}

export interface ResultView {
  controlId: string;
  title: string;
  status: string;
  summary: string;
  metric: number | null;
}

export interface ScanReply {
  scan: { id: string; status: string; warnings: string[]; results: ResultView[] };
}

export interface DemoRow {
  label: string;
  connection: ConnectionTestView;
  scan: ScanReply['scan'] | null;
}
