import { Injectable } from '@nestjs/common';
import { ControlResultDto, NatsRequester } from '@trueconfig/common';
import { tenantScore } from '@trueconfig/controls';
import { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { CONTROL_DESCRIPTIONS } from '../controls/control-catalog';
import { GatewayContext } from '../graphql/gateway-context';
import { ControlResult } from '../scan/control-result.type';
import { Scan } from '../scan/scan.type';
import { scanResultsLoader } from './scan-results.loader';
import { ScanScore } from './scan-score.type';
import { selectsEvidence } from './selects-evidence';

/** `Scan.results` (fetched in one batch when the scan came from a list, evidence only when selected) and `Scan.score`. */
@Injectable()
@Resolver(() => Scan)
export class ScanResultsResolver {
  constructor(private readonly nats: NatsRequester) {}

  @FieldResolver(() => [ControlResult], { description: 'One result per control, in catalog order; empty until the scan has finished.' })
  results(@Root() scan: Scan, @Ctx() context: GatewayContext, @Info() info: GraphQLResolveInfo): Promise<ControlResultDto[]> {
    return resultsOf(scan, context, this.nats, selectsEvidence(info));
  }

  @FieldResolver(() => ScanScore, { description: 'The tenant score over this scan’s results.' })
  async score(@Root() scan: Scan, @Ctx() context: GatewayContext): Promise<ScanScore> {
    return scan.summaryScore ?? tenantScore(await resultsOf(scan, context, this.nats, false), CONTROL_DESCRIPTIONS);
  }
}

/** `evidence: false` leaves every result's evidence empty: only for callers that never read it. */
export function resultsOf(scan: Scan, context: GatewayContext, nats: NatsRequester, evidence: boolean): Promise<ControlResultDto[]> {
  return scan.resultsLoaded === false ? scanResultsLoader(context, nats, evidence).load(scan.id) : Promise.resolve(scan.results);
}
