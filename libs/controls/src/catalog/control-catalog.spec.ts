import { ControlStatus } from '@trueconfig/common';
import { datasetDefinition } from '../datasets/dataset-definitions';
import { evaluateSnapshot } from '../evaluation/evaluate-snapshot';
import { CONTROL_CATALOG, ENTRA_CATALOG, findControl } from './control-catalog';

const FAMILIES = /^(ID|CA|AM|PA|AP|GU|HY)-\d{2}$/;

describe('the catalog', () => {
  it('has at least 45 controls with unique ids in the seven families, ID-01 first', () => {
    expect(ENTRA_CATALOG.length).toBeGreaterThanOrEqual(45);
    const ids = ENTRA_CATALOG.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(FAMILIES);
    expect(ids[0]).toBe('ID-01');
    expect(findControl('CA-01')?.title).toBe('Legacy authentication blocked');
    // The scanner evaluates the whole catalog.
    expect(CONTROL_CATALOG).toBe(ENTRA_CATALOG);
  });

  it.each(ENTRA_CATALOG.map((c) => [c.id, c] as const))('%s is complete data', (_id, control) => {
    expect(control.title.length).toBeGreaterThan(5);
    expect(control.description.length).toBeGreaterThan(20);
    expect(control.rationale.length).toBeGreaterThan(20);
    expect(control.remediation.length).toBeGreaterThan(0);
    expect(control.datasets.length).toBeGreaterThan(0);
    expect(control.permissions.length).toBeGreaterThan(0);
    for (const dataset of control.datasets) expect(() => datasetDefinition(dataset)).not.toThrow();
    for (const id of control.references.scuba ?? []) expect(id).toMatch(/^MS\.AAD\.\d+\.\d+v1$/);
    for (const id of control.references.cis ?? []) expect(id).toMatch(/^\d+(\.\d+)+$/);
    for (const id of control.references.maester ?? []) expect(id).toMatch(/^MT\.\d{4}$/);
  });
});

describe('every control over an unreadable tenant', () => {
  const paths = [...new Set(ENTRA_CATALOG.flatMap((c) => c.datasets))];

  it('reports ERROR (permission), never FAIL, when every read is refused', () => {
    const denied = Object.fromEntries(paths.map((p) => [p, { error: { status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } }]));
    const results = evaluateSnapshot({ ...denied, _meta: { capturedAt: '2026-11-27T00:00:00Z' } });
    expect(results).toHaveLength(ENTRA_CATALOG.length);
    for (const result of results) expect(result.status).toBe(ControlStatus.ERROR);
    for (const result of results.filter((r) => r.status === ControlStatus.ERROR)) expect(result.summary).toMatch(/requires [A-Za-z.]+|unavailable/);
  });

  it('reports NOT_APPLICABLE (licence), never FAIL, for every P1/P2 control on a free tenant', () => {
    const users = [{ id: 'u1', displayName: 'User', userPrincipalName: 'u1@contoso.example', accountEnabled: true, userType: 'Member' }];
    const results = evaluateSnapshot({ 'v1.0/users': users, _meta: { capturedAt: '2026-11-27T00:00:00Z', licence: 'free' } });
    const premium = new Set(ENTRA_CATALOG.filter((c) => c.licence !== 'free').map((c) => c.id));
    for (const result of results.filter((r) => premium.has(r.controlId))) expect(result.status).toBe(ControlStatus.NOT_APPLICABLE);
    for (const result of results) expect(result.status).not.toBe(ControlStatus.FAIL);
  });

  it('reports nothing collected as ERROR naming it', () => {
    const results = evaluateSnapshot({});
    expect(results.find((r) => r.controlId === 'GU-01')?.summary).toBe('Authorization policy data is unavailable (not collected): GU-01 cannot be evaluated.');
  });
});
