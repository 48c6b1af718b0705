import { ConnectionTestDto, Diagnosis } from '@trueconfig/common';
import { DataSource, EntityManager } from 'typeorm';
import { ConnectorAudit } from '../audit/connector-audit.service';
import { CredentialCache } from '../entra/credential-cache';
import { EntraCredential } from '../entra/entra-credential';
import { ConnectionOutcome } from './connection-outcome';
import { ConnectionTestEntity } from './connection-test.entity';
import { ConnectionTestRecorder } from './connection-test-recorder.service';
import { ConnectionTestOwner, ConnectionTestsStore } from './connection-tests.store';

const caller = { orgId: 'org-a', actor: 'apikey:1' };
const manager = {} as EntityManager;
const credential: EntraCredential = { credential: { getToken: async () => null }, lastHttpStatus: () => undefined };

const NOT_CHECKED = { adminConsent: null, graphReachable: null, licenceTier: null, secretExpiresAt: null, checks: [] };

function outcome(working: EntraCredential | null): ConnectionOutcome {
  const diagnosis: Diagnosis = { ok: working !== null, errorCode: null, entraErrorCode: null, message: 'ok', remediation: [] };
  return { tested: { directoryTenantId: 'd', clientId: 'c' }, tokenAcquired: working !== null, diagnosis, permissions: [], credential: working, testedAt: new Date(), ...NOT_CHECKED };
}

function recorder() {
  const steps: string[] = [];
  const audited: ConnectionTestDto[] = [];
  const dataSource = { transaction: (work: (m: EntityManager) => Promise<unknown>) => work(manager) } as unknown as DataSource;
  const tests = {
    record: async (o: ConnectionOutcome, owner: ConnectionTestOwner, m?: EntityManager) => {
      steps.push(`test of ${owner.tenantId ?? 'no tenant'}${m === manager ? ' in the transaction' : ''}`);
      return { id: 't1', tenantId: owner.tenantId, testedAt: o.testedAt, ok: o.diagnosis.ok } as ConnectionTestEntity;
    },
  } as unknown as ConnectionTestsStore;
  const cache = new CredentialCache();
  const audit = { connectionTested: async (_c: unknown, test: ConnectionTestDto) => void audited.push(test) } as unknown as ConnectorAudit;
  return { steps, audited, cache, service: new ConnectionTestRecorder(dataSource, tests, cache, audit) };
}

describe('ConnectionTestRecorder', () => {
  it("writes the tenant's change and the test together, keeps the working credential and audits the test", async () => {
    const { steps, audited, cache, service } = recorder();
    const tenant = { id: 'tenant-1', secretVersion: 3 };
    const { row, test } = await service.recordForTenant(caller, tenant, outcome(credential), async (m) => {
      steps.push(m === manager ? 'tenant in the transaction' : 'tenant outside');
    });
    expect(steps).toEqual(['tenant in the transaction', 'test of tenant-1 in the transaction']);
    expect(cache.get('tenant-1', 3)).toBe(credential);
    expect(test).toMatchObject({ id: row.id, tenantId: 'tenant-1' });
    expect(audited).toEqual([test]);
  });

  it('keeps no credential from a failed test, and records a refused connection without a tenant', async () => {
    const { steps, audited, cache, service } = recorder();
    await service.recordForTenant(caller, { id: 'tenant-2', secretVersion: 1 }, outcome(null), async () => undefined);
    expect(cache.get('tenant-2', 1)).toBeUndefined();
    const { test } = await service.recordWithoutTenant(caller, outcome(null));
    expect(steps[steps.length - 1]).toBe('test of no tenant');
    expect(test.tenantId).toBeNull();
    expect(audited).toHaveLength(2);
  });
});
