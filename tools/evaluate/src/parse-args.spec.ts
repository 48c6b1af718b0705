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
    [['--export'], '--export needs a live scan: it is served by the scanner, not the offline evaluator.'],
    [['--frobnicate'], 'unknown argument --frobnicate'],
  ])('refuses %j', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: 'invalid', message });
  });
});
