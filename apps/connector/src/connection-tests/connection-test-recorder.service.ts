import { Inject, Injectable } from '@nestjs/common';
import { ConnectionTestDto } from '@trueconfig/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditCaller, ConnectorAudit } from '../audit/connector-audit.service';
import { CredentialCache } from '../entra/credential-cache';
import { ConnectionOutcome } from './connection-outcome';
import { ConnectionTestEntity } from './connection-test.entity';
import { ConnectionTestsStore } from './connection-tests.store';
import { toConnectionTestDto } from './to-connection-test-dto';

export interface RecordedTest {
  row: ConnectionTestEntity;
  test: ConnectionTestDto;
}

/** Keeps every connection test (ok or not) and puts it in the sync log. */
@Injectable()
export class ConnectionTestRecorder {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ConnectionTestsStore) private readonly tests: ConnectionTestsStore,
    @Inject(CredentialCache) private readonly credentials: CredentialCache,
    @Inject(ConnectorAudit) private readonly audit: ConnectorAudit,
  ) {}

  /**
   * A saved tenant's test, written in one transaction with the tenant's own change (its status follows
   * the test). A working credential is kept, so the scanner's next token comes from MSAL's cache.
   */
  async recordForTenant(
    caller: AuditCaller,
    tenant: { id: string; secretVersion: number },
    outcome: ConnectionOutcome,
    writeTenant: (manager: EntityManager) => Promise<unknown>,
  ): Promise<RecordedTest> {
    const row = await this.dataSource.transaction(async (manager) => {
      await writeTenant(manager);
      return this.tests.record(outcome, { ...caller, tenantId: tenant.id }, manager);
    });
    if (outcome.credential) this.credentials.put(tenant.id, tenant.secretVersion, outcome.credential);
    return this.audited(caller, row);
  }

  /** A test that saved no tenant (the connection was refused). */
  async recordWithoutTenant(caller: AuditCaller, outcome: ConnectionOutcome): Promise<RecordedTest> {
    return this.audited(caller, await this.tests.record(outcome, { ...caller, tenantId: null }));
  }

  private async audited(caller: AuditCaller, row: ConnectionTestEntity): Promise<RecordedTest> {
    const test = toConnectionTestDto(row);
    await this.audit.connectionTested(caller, test);
    return { row, test };
  }
}
