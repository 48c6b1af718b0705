import { Injectable } from '@nestjs/common';
import { NatsRequester, notFound } from '@trueconfig/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GatewayContext } from '../graphql/gateway-context';
import { Scan } from '../scan/scan.type';
import { scanDriftLoader } from './scan-drift.loader';
import { ScanDrift } from './scan-drift.type';

@Injectable()
@Resolver(() => Scan)
export class ScanDriftResolver {
  constructor(private readonly nats: NatsRequester) {}

  @FieldResolver(() => ScanDrift, {
    description: "Controls whose status changed since the tenant's previous finished scan, with the directory audits that explain them when the scan read them.",
  })
  async drift(@Root() scan: Scan, @Ctx() context: GatewayContext): Promise<ScanDrift> {
    const drift = await scanDriftLoader(context, this.nats).load(scan.id);
    if (!drift) throw notFound('Scan', scan.id);
    return drift;
  }
}
