import { Injectable } from '@nestjs/common';
import { ControlResultDto, NatsRequester } from '@trueconfig/common';
import { tenantScore } from '@trueconfig/controls';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CONTROL_DESCRIPTIONS } from '../controls/control-catalog';
import { GatewayContext } from '../graphql/gateway-context';
import { ControlResult } from '../scan/control-result.type';
import { Scan } from '../scan/scan.type';
import { scanResultsLoader } from './scan-results.loader';
import { ScanScore } from './scan-score.type';

/** `Scan.results` (fetched in one batch when the scan came from a list) and `Scan.score`. */
@Injectable()
@Resolver(() => Scan)
export class ScanResultsResolver {
  constructor(private readonly nats: NatsRequester) {}

  @FieldResolver(() => [ControlResult], { description: 'One result per control, in catalog order; empty until the scan has finished.' })
  results(@Root() scan: Scan, @Ctx() context: GatewayContext): Promise<ControlResultDto[]> {
    return resultsOf(scan, context, this.nats);
  }

  @FieldResolver(() => ScanScore, { description: 'The tenant score over this scan’s results.' })
  async score(@Root() scan: Scan, @Ctx() context: GatewayContext): Promise<ScanScore> {
    return tenantScore(await resultsOf(scan, context, this.nats), CONTROL_DESCRIPTIONS);
  }
}

export function resultsOf(scan: Scan, context: GatewayContext, nats: NatsRequester): Promise<ControlResultDto[]> {
  return scan.resultsLoaded === false ? scanResultsLoader(context, nats).load(scan.id) : Promise.resolve(scan.results);
}
