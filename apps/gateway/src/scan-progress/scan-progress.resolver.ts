import { Injectable } from '@nestjs/common';
import { ScanProgressEvent } from '@trueconfig/common';
import { Args, Authorized, Resolver, Root, Subscription } from 'type-graphql';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { requirePrincipal } from '../auth/require-principal';
import { GatewayContext } from '../graphql/gateway-context';
import { ScanProgressArgs } from './scan-progress.args';
import { toScanProgress } from './scan-progress.mapper';
import { ScanProgress } from './scan-progress.type';

@Injectable()
@Resolver()
export class ScanProgressResolver {
  @Authorized(ApiKeyRole.VIEWER)
  @Subscription(() => ScanProgress, {
    description: 'Progress of one scan (completes when it ends) or of every scan of a tenant. Give scanId or tenantId.',
    subscribe: ({ args, context }) => {
      const gatewayContext = context as GatewayContext;
      return gatewayContext.feeds.scanProgress.open(requirePrincipal(gatewayContext), args as ScanProgressArgs);
    },
  })
  scanProgress(@Root() event: ScanProgressEvent, @Args() _args: ScanProgressArgs): ScanProgress {
    return toScanProgress(event);
  }
}
