import { parseArgs } from './parse-args';

describe('parseArgs', () => {
  it.each([
    [['--snapshot', 'tenant.json'], { kind: 'evaluate', snapshot: 'tenant.json', format: 'table' }],
    [['--snapshot=tenant.json', '--json'], { kind: 'evaluate', snapshot: 'tenant.json', format: 'json' }],
    [['--snapshot', 't.json', '--csv'], { kind: 'evaluate', snapshot: 't.json', format: 'csv' }],
    [['--snapshot', 't.json', '--html'], { kind: 'evaluate', snapshot: 't.json', format: 'html' }],
    [['--list'], { kind: 'list', format: 'table' }],
    [['--list', '--json'], { kind: 'list', format: 'json' }],
    [['--list', '--markdown'], { kind: 'list', format: 'markdown' }],
    [['--help'], { kind: 'help' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], 'missing --snapshot tenant.json (or --list)'],
    [['--snapshot'], '--snapshot needs a file: --snapshot tenant.json'],
    [['--snapshot', '--json'], '--snapshot needs a file: --snapshot tenant.json'],
    [['--list', '--snapshot', 'x.json'], 'use either --list or --snapshot, not both'],
    [['--list', '--csv'], '--list prints a table, --json or --markdown'],
    [['--snapshot', 'x.json', '--markdown'], '--markdown applies to --list only'],
    [['--frobnicate'], 'unknown argument --frobnicate'],
  ])('refuses %j', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: 'invalid', message });
  });

  describe('--export', () => {
    const base = ['--export', 'out.json', '--tenant', 't-1', '--client-id', 'app-1'];

    it('reads the file, tenant, app, secret file and endpoints, defaulting to Entra and Graph', () => {
      expect(parseArgs(base)).toEqual({
        kind: 'export',
        options: { file: 'out.json', tenant: 't-1', clientId: 'app-1', clientSecretFile: undefined, authorityHost: 'https://login.microsoftonline.com', graphUrl: 'https://graph.microsoft.com', caFile: undefined },
      });
      expect(parseArgs([...base, '--client-secret-file=s.txt', '--authority-host', 'https://127.0.0.1:4443/', '--graph-url', 'https://127.0.0.1:4443', '--ca-file', 'ca.pem'])).toMatchObject({
        options: { clientSecretFile: 's.txt', authorityHost: 'https://127.0.0.1:4443', graphUrl: 'https://127.0.0.1:4443', caFile: 'ca.pem' },
      });
    });

    it.each([
      [['--export'], '--export needs a file: --export tenant.json'],
      [['--export', 'o.json', '--client-id', 'a'], '--export needs --tenant (the Directory (tenant) ID and the Application (client) ID)'],
      [['--export', 'o.json', '--tenant', 't'], '--export needs --client-id (the Directory (tenant) ID and the Application (client) ID)'],
      [[...base, '--json'], '--json does not apply to --export (it writes a snapshot; evaluate it afterwards with --snapshot)'],
      [[...base, '--graph-url', 'http://localhost'], '--graph-url must be an https:// URL'],
    ])('refuses %j', (argv, message) => {
      expect(parseArgs(argv)).toEqual({ kind: 'invalid', message });
    });

    it('refuses a secret on the command line without repeating it', () => {
      for (const argv of [[...base, '--client-secret', 'S3cr3t~value'], [...base, '--client-secret=S3cr3t~value']]) {
        const parsed = parseArgs(argv);
        expect(parsed).toMatchObject({ kind: 'invalid', message: expect.stringContaining('--client-secret is not accepted') });
        expect(JSON.stringify(parsed)).not.toContain('S3cr3t~value');
      }
    });
  });
});
