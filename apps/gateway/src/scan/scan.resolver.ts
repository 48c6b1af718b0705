import { Injectable } from '@nestjs/common';
import { Args, Authorized, Mutation, Query, Resolver } from 'type-graphql';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { callerOf } from '../clients/caller';
import { ScannerClient } from '../clients/scanner.client';
import { TenantIdArgs } from '../tenant/tenant-id.args';
import { ScanLookupArgs } from './scan-id.args';
import { toScan } from './scan.mapper';
import { Scan } from './scan.type';

@Injectable()
@Resolver(() => Scan)
export class ScanResolver {
  constructor(private readonly scanner: ScannerClient) {}

  @Authorized(ApiKeyRole.VIEWER)
  @Query(() => Scan, { nullable: true, description: 'One scan with its results; NOT_FOUND when it is not your organisation’s.' })
  async scan(@Args() { id }: ScanLookupArgs, @CurrentPrincipal() principal: Principal): Promise<Scan> {
    return toScan(await this.scanner.getScan(principal.orgId, id));
  }

  @Authorized(ApiKeyRole.OPERATOR)
  @Mutation(() => Scan, { description: 'Queues a scan; SCAN_IN_PROGRESS (with `details.scanId`) if one is running.' })
  async startScan(@Args() { tenantId }: TenantIdArgs, @CurrentPrincipal() principal: Principal): Promise<Scan> {
    return toScan(await this.scanner.startScan(callerOf(principal), tenantId));
  }
}
