import { Injectable } from '@nestjs/common';
import { NatsRequester, Subject } from '@trueconfig/common';
import { Args, Authorized, Mutation, Query, Resolver } from 'type-graphql';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Principal } from '../auth/principal';
import { callerOf } from '../clients/caller';
import { ScannerClient } from '../clients/scanner.client';
import { CancelScanArgs } from './cancel-scan.args';
import { ScanLookupArgs } from './scan-id.args';
import { StartScanArgs } from './start-scan.args';
import { toScan } from './scan.mapper';
import { Scan } from './scan.type';

@Injectable()
@Resolver(() => Scan)
export class ScanResolver {
  constructor(
    private readonly scanner: ScannerClient,
    private readonly nats: NatsRequester,
  ) {}

  @Authorized(ApiKeyRole.VIEWER)
  @Query(() => Scan, { nullable: true, description: 'One scan with its results; NOT_FOUND when it is not your organisation’s.' })
  async scan(@Args() { id }: ScanLookupArgs, @CurrentPrincipal() principal: Principal): Promise<Scan> {
    return toScan(await this.scanner.getScan(principal.orgId, id));
  }

  @Authorized(ApiKeyRole.OPERATOR)
  @Mutation(() => Scan, {
    description:
      'Queues a scan. SCAN_IN_PROGRESS (with `details.scanId`) if one is running, except while a scheduled scan runs: then the manual scan is queued behind it (status QUEUED, phase "waiting"). `full: true` reads every dataset in full instead of through delta sync.',
  })
  async startScan(@Args() { tenantId, full }: StartScanArgs, @CurrentPrincipal() principal: Principal): Promise<Scan> {
    return toScan(await this.scanner.startScan(callerOf(principal), tenantId, full === true));
  }

  @Authorized(ApiKeyRole.OPERATOR)
  @Mutation(() => Scan, {
    description:
      'Cancels a scan: one not yet started ends CANCELLED at once; a running one shows phase "cancelling" and ends CANCELLED after its current page. A finished scan is returned unchanged.',
  })
  async cancelScan(@Args() { scanId }: CancelScanArgs, @CurrentPrincipal() principal: Principal): Promise<Scan> {
    return toScan(await this.nats.request(Subject.CancelScan, { ...callerOf(principal), scanId }));
  }
}
