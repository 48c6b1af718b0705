import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRA_CATALOG } from '@trueconfig/controls';
import { renderTable } from './render-table';
import { runEvaluate } from './run-evaluate';

const EXAMPLE = join(__dirname, '..', 'examples', 'contoso-p1.json');
const read = (path: string) => readFileSync(path, 'utf8');

describe('runEvaluate', () => {
  it('prints the example snapshot as a JSON array with the fields DESIGN.md fixes', async () => {
    const outcome = await runEvaluate(['--snapshot', EXAMPLE, '--json'], read);
    expect(outcome).toMatchObject({ exitCode: 0, stderr: '' });
    const results = JSON.parse(outcome.stdout) as Array<Record<string, unknown>>;
    expect(results).toHaveLength(ENTRA_CATALOG.length);
    expect(Object.keys(results[0])).toEqual(['controlId', 'status', 'metric', 'summary', 'affectedCount', 'evidence']);
    expect(results.find((r) => r.controlId === 'CA-01')).toMatchObject({ status: 'PASS' });
    expect(results.find((r) => r.controlId === 'AM-05')).toMatchObject({ status: 'FAIL', acceptance: { state: 'active' } });
    expect(results.find((r) => r.controlId === 'PA-04')).toMatchObject({ status: 'NOT_APPLICABLE' });
  });

  it('prints a table with counts and the score by default', async () => {
    const { stdout } = await runEvaluate(['--snapshot', EXAMPLE], read);
    expect(stdout.split('\n')[0]).toMatch(/^control\s+status\s+metric\s+summary$/);
    expect(stdout).toMatch(/FAIL \(accepted\)/);
    expect(stdout).toMatch(/^53 controls: .* Score \d+(\.\d)?\/100 \(severity-weighted\)\.$/m);
  });

  it('prints CSV and HTML reports', async () => {
    expect((await runEvaluate(['--snapshot', EXAMPLE, '--csv'], read)).stdout).toMatch(/^controlId,title,severity/);
    expect((await runEvaluate(['--snapshot', EXAMPLE, '--html'], read)).stdout).toMatch(/^<!doctype html>/);
  });

  it('lists the catalog as JSON with references and needs, and as Markdown', async () => {
    const list = JSON.parse((await runEvaluate(['--list', '--json'], read)).stdout) as Array<Record<string, unknown>>;
    expect(list[0]).toMatchObject({ id: 'ID-01', title: 'Users with MFA registered', references: { cis: ['5.2.3.4'] }, permissions: ['User.Read.All', 'Reports.Read.All', 'Policy.Read.All'], licence: 'p1' });
    expect((await runEvaluate(['--list', '--markdown'], read)).stdout).toMatch(/^\| id \| title \|/);
  });

  it('evaluates a dataset marked unavailable as a live scan would: licence NOT_APPLICABLE, permission ERROR', async () => {
    const example = JSON.parse(read(EXAMPLE)) as Record<string, unknown>;
    const withPolicy = (policy: unknown) => async () => {
      const text = JSON.stringify({ ...example, 'v1.0/policies/authorizationPolicy': policy });
      return JSON.parse((await runEvaluate(['--snapshot', 'x.json', '--json'], () => text)).stdout) as Array<{ controlId: string; status: string; summary: string }>;
    };
    const licence = await withPolicy({ unavailable: { cause: 'licence', message: 'Authorization policy data requires an Entra ID P1 licence.' } })();
    expect(licence.find((r) => r.controlId === 'GU-01')).toMatchObject({ status: 'NOT_APPLICABLE' });
    const permission = await withPolicy({ unavailable: { cause: 'permission', permission: 'Policy.Read.All', message: 'not granted' } })();
    expect(permission.find((r) => r.controlId === 'GU-01')).toMatchObject({ status: 'ERROR', summary: expect.stringContaining('requires Policy.Read.All') });
    const bogus = await withPolicy({ unavailable: { cause: 'whatever' } })();
    expect(bogus.find((r) => r.controlId === 'GU-01')?.status).not.toBe('NOT_APPLICABLE');
  });

  it('refuses an export without a secret, or to a folder that does not exist, before any request', async () => {
    const argv = ['--export', '/nonexistent/dir/t.json', '--tenant', 't', '--client-id', 'a', '--authority-host', 'https://127.0.0.1:9'];
    expect(await runEvaluate(argv, read, {})).toEqual({ stdout: '', stderr: 'evaluate: no client secret: pass --client-secret-file <path> or set AZURE_CLIENT_SECRET\n', exitCode: 2 });
    expect(await runEvaluate(argv, read, { AZURE_CLIENT_SECRET: 'x' })).toEqual({ stdout: '', stderr: 'evaluate: cannot write /nonexistent/dir/t.json: ENOENT\n', exitCode: 1 });
  });

  it('explains unreadable input with exit codes 1 and 2', async () => {
    expect(await runEvaluate(['--snapshot', '/nonexistent.json'], read)).toMatchObject({ exitCode: 1, stderr: expect.stringMatching(/^evaluate: cannot read \/nonexistent.json/) });
    expect(await runEvaluate(['--snapshot', 'x.json'], () => '[1,2]')).toMatchObject({ exitCode: 1, stderr: 'evaluate: x.json is not a snapshot: expected one JSON object keyed by Graph paths\n' });
    expect(await runEvaluate(['--snapshot', 'x.json'], () => '{')).toMatchObject({ exitCode: 1 });
    expect(await runEvaluate(['--bogus'], read)).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('Usage:') });
  });
});

describe('renderTable', () => {
  it('pads columns and cuts long cells', () => {
    expect(renderTable(['a', 'b'], [['1', 'x'.repeat(12)], ['22', 'y']], 10)).toBe('a   b\n--  ----------\n1   xxxxxxxxx…\n22  y\n');
  });
});
