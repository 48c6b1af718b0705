import { DATASET_DEFINITIONS } from '../datasets/dataset-definitions';
import { datasetsMarkdown } from './datasets-markdown';
import { ControlStatus } from '@trueconfig/common';
import { EvaluatedControlResult } from '../acceptance/evaluated-control-result';
import { ENTRA_CATALOG } from '../catalog/control-catalog';
import { describeControl } from '../model/control-definition';
import { catalogMarkdown } from './catalog-markdown';
import { resultsCsv } from './results-csv';
import { resultsHtml } from './results-html';

const catalog = ENTRA_CATALOG.map(describeControl);
const results: EvaluatedControlResult[] = [
  { controlId: 'CA-01', title: 'Legacy authentication blocked', status: ControlStatus.FAIL, summary: 'No enabled policy, "quoted", blocks <legacy>.', metric: null, affectedCount: 2, evidence: [{ kind: 'conditionalAccessPolicy', id: 'p', displayName: '=cmd', detail: 'is report-only' }] },
  { controlId: 'ID-01', title: 'Users with MFA registered', status: ControlStatus.PASS, summary: 'All registered.', metric: 100, affectedCount: 0, evidence: [], acceptance: undefined },
];

describe('reports', () => {
  it('CSV: a header, one quoted row per result, references and evidence', () => {
    const lines = resultsCsv(results, catalog).split('\r\n');
    expect(lines[0]).toBe('controlId,title,severity,level,status,accepted,metric,affectedCount,summary,references,evidence');
    expect(lines[1]).toBe('CA-01,Legacy authentication blocked,critical,L1,FAIL,,,2,"No enabled policy, ""quoted"", blocks <legacy>.",CIS 5.2.2.3; SCuBA MS.AAD.1.1v1; MT.1009; MT.1010,"=cmd (is report-only)"');
    expect(lines[2]).toBe('ID-01,Users with MFA registered,high,L1,PASS,,100,0,All registered.,CIS 5.2.3.4,');
  });

  it('HTML: self-contained, escaped, with the score', () => {
    const html = resultsHtml(results, catalog, { tenantName: 'Contoso <prod>', capturedAt: '2026-11-27' });
    expect(html).toContain('<title>TrueConfig report — Contoso &lt;prod&gt;</title>');
    expect(html).toContain('blocks &lt;legacy&gt;');
    expect(html).toContain('Score 33.3/100');
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it('Markdown catalog: one row per control with references, permissions and licence', () => {
    const table = catalogMarkdown(catalog).trim().split('\n');
    expect(table).toHaveLength(catalog.length + 2);
    expect(table[2]).toBe('| ID-01 | Users with MFA registered | high | L1 | CIS 5.2.3.4 | User.Read.All, Reports.Read.All, Policy.Read.All | P1 |');
  });
});

describe('datasets table', () => {
  it('lists every dataset with its query, permission and licence', () => {
    const table = datasetsMarkdown(DATASET_DEFINITIONS).trim().split('\n');
    expect(table).toHaveLength(DATASET_DEFINITIONS.length + 2);
    expect(table.find((row) => row.startsWith('| v1.0/users |'))).toContain('signInActivity with P1 and AuditLog.Read.All, $top 500');
  });
});
