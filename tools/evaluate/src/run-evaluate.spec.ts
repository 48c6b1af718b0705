import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRA_CATALOG } from '@trueconfig/controls';
import { renderTable } from './render-table';
import { runEvaluate } from './run-evaluate';

const EXAMPLE = join(__dirname, '..', 'examples', 'contoso-p1.json');
const read = (path: string) => readFileSync(path, 'utf8');

describe('runEvaluate', () => {
  it('prints the example snapshot as a JSON array with the fields DESIGN.md fixes', () => {
    const outcome = runEvaluate(['--snapshot', EXAMPLE, '--json'], read);
    expect(outcome).toMatchObject({ exitCode: 0, stderr: '' });
    const results = JSON.parse(outcome.stdout) as Array<Record<string, unknown>>;
    expect(results).toHaveLength(ENTRA_CATALOG.length);
    expect(Object.keys(results[0])).toEqual(['controlId', 'status', 'metric', 'summary', 'affectedCount', 'evidence']);
    expect(results.find((r) => r.controlId === 'CA-01')).toMatchObject({ status: 'PASS' });
    expect(results.find((r) => r.controlId === 'AM-05')).toMatchObject({ status: 'FAIL', acceptance: { state: 'active' } });
    expect(results.find((r) => r.controlId === 'PA-04')).toMatchObject({ status: 'NOT_APPLICABLE' });
  });

  it('prints a table with counts and the score by default', () => {
    const { stdout } = runEvaluate(['--snapshot', EXAMPLE], read);
    expect(stdout.split('\n')[0]).toMatch(/^control\s+status\s+metric\s+summary$/);
    expect(stdout).toMatch(/FAIL \(accepted\)/);
    expect(stdout).toMatch(/^53 controls: .* Score \d+(\.\d)?\/100 \(severity-weighted\)\.$/m);
  });

  it('prints CSV and HTML reports', () => {
    expect(runEvaluate(['--snapshot', EXAMPLE, '--csv'], read).stdout).toMatch(/^controlId,title,severity/);
    expect(runEvaluate(['--snapshot', EXAMPLE, '--html'], read).stdout).toMatch(/^<!doctype html>/);
  });

  it('lists the catalog as JSON with references and needs, and as Markdown', () => {
    const list = JSON.parse(runEvaluate(['--list', '--json'], read).stdout) as Array<Record<string, unknown>>;
    expect(list[0]).toMatchObject({ id: 'ID-01', title: 'Users with MFA registered', references: { cis: ['5.2.3.4'] }, permissions: ['User.Read.All', 'Reports.Read.All', 'Policy.Read.All'], licence: 'p1' });
    expect(runEvaluate(['--list', '--markdown'], read).stdout).toMatch(/^\| id \| title \|/);
  });

  it('explains unreadable input with exit codes 1 and 2', () => {
    expect(runEvaluate(['--snapshot', '/nonexistent.json'], read)).toMatchObject({ exitCode: 1, stderr: expect.stringMatching(/^evaluate: cannot read \/nonexistent.json/) });
    expect(runEvaluate(['--snapshot', 'x.json'], () => '[1,2]')).toMatchObject({ exitCode: 1, stderr: 'evaluate: x.json is not a snapshot: expected one JSON object keyed by Graph paths\n' });
    expect(runEvaluate(['--snapshot', 'x.json'], () => '{')).toMatchObject({ exitCode: 1 });
    expect(runEvaluate(['--bogus'], read)).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('Usage:') });
  });
});

describe('renderTable', () => {
  it('pads columns and cuts long cells', () => {
    expect(renderTable(['a', 'b'], [['1', 'x'.repeat(12)], ['22', 'y']], 10)).toBe('a   b\n--  ----------\n1   xxxxxxxxx…\n22  y\n');
  });
});
