/** `--export`: where to write, which tenant and app, and where Entra and Graph are (the emulator in tests). */
export interface ExportOptions {
  file: string;
  tenant: string;
  clientId: string;
  /** The secret's file; absent: AZURE_CLIENT_SECRET. The secret itself is never an argument. */
  clientSecretFile?: string;
  authorityHost: string;
  graphUrl: string;
  /** A PEM CA to trust (e.g. the emulator's self-signed one), like NODE_EXTRA_CA_CERTS. */
  caFile?: string;
}

export const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';
export const DEFAULT_GRAPH_URL = 'https://graph.microsoft.com';

const VALUE_FLAGS: Record<string, keyof ExportOptions> = {
  '--export': 'file',
  '--tenant': 'tenant',
  '--client-id': 'clientId',
  '--client-secret-file': 'clientSecretFile',
  '--authority-host': 'authorityHost',
  '--graph-url': 'graphUrl',
  '--ca-file': 'caFile',
};

const SECRET_REFUSED =
  '--client-secret is not accepted: a secret on the command line stays in shell history and process lists. Put it in a file (--client-secret-file <path>) or in AZURE_CLIENT_SECRET.';

/** Reads `--export` and its companions; every mistake names the flag and the fix, and never echoes a secret. */
export function parseExportArgs(argv: readonly string[]): { kind: 'export'; options: ExportOptions } | { kind: 'invalid'; message: string } {
  const values: Partial<Record<keyof ExportOptions, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = splitFlag(argv[i]);
    if (flag === '--client-secret') return { kind: 'invalid', message: SECRET_REFUSED };
    const key = VALUE_FLAGS[flag];
    if (!key) return { kind: 'invalid', message: `${flag} does not apply to --export (it writes a snapshot; evaluate it afterwards with --snapshot)` };
    const value = inline ?? argv[++i];
    if (!value || value.startsWith('--')) return { kind: 'invalid', message: flag === '--export' ? '--export needs a file: --export tenant.json' : `${flag} needs a value` };
    values[key] = value;
  }
  for (const [flag, key] of [['--tenant', 'tenant'], ['--client-id', 'clientId']] as const) {
    if (!values[key]) return { kind: 'invalid', message: `--export needs ${flag} (the Directory (tenant) ID and the Application (client) ID)` };
  }
  for (const key of ['authorityHost', 'graphUrl'] as const) {
    if (values[key] && !/^https:\/\/[^/]+/.test(values[key])) return { kind: 'invalid', message: `--${key === 'graphUrl' ? 'graph-url' : 'authority-host'} must be an https:// URL` };
  }
  return {
    kind: 'export',
    options: {
      file: values.file as string,
      tenant: values.tenant as string,
      clientId: values.clientId as string,
      clientSecretFile: values.clientSecretFile,
      authorityHost: (values.authorityHost ?? DEFAULT_AUTHORITY_HOST).replace(/\/+$/, ''),
      graphUrl: (values.graphUrl ?? DEFAULT_GRAPH_URL).replace(/\/+$/, ''),
      caFile: values.caFile,
    },
  };
}

function splitFlag(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return arg.startsWith('--') && at > 0 ? [arg.slice(0, at), arg.slice(at + 1)] : [arg, undefined];
}
