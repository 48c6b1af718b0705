import { Inject, Injectable } from '@nestjs/common';
import { badInput, isGuid, notFound, ScanProgressEvent, TERMINAL_SCAN_STATUSES } from '@trueconfig/common';
import { Principal } from '../auth/principal';
import { ConnectorClient } from '../clients/connector.client';
import { ScannerClient } from '../clients/scanner.client';
import { GATEWAY_PUB_SUB, GatewayPubSub, GatewayTopic, scanProgressKey } from '../graphql/gateway-pub-sub';
import { finalProgressOf } from './scan-progress.mapper';
import { ScanProgressArgs } from './scan-progress.args';
import { relayUntil } from './relay-until';
import { startListening } from './start-listening';

const isFinal = (event: ScanProgressEvent) => TERMINAL_SCAN_STATUSES.includes(event.status);

/**
 * Opens `scanProgress` streams. The scan or tenant is first looked up with the caller's organisation,
 * so another organisation's ids answer NOT_FOUND; events are then keyed by organisation as well.
 */
@Injectable()
export class ScanProgressFeed {
  constructor(
    @Inject(GATEWAY_PUB_SUB) private readonly pubSub: GatewayPubSub,
    private readonly scanner: ScannerClient,
    private readonly connector: ConnectorClient,
  ) {}

  async open(principal: Principal, args: ScanProgressArgs): Promise<AsyncIterable<ScanProgressEvent>> {
    const scanId = checkedId('scanId', args.scanId);
    const tenantId = checkedId('tenantId', args.tenantId);
    if (scanId) return this.forScan(principal.orgId, scanId, tenantId);
    if (tenantId) return this.forTenant(principal.orgId, tenantId);
    throw badInput('scanId', 'Give scanId (one scan) or tenantId (all scans of a tenant).');
  }

  private async forScan(orgId: string, scanId: string, tenantId: string | null): Promise<AsyncIterable<ScanProgressEvent>> {
    const live = startListening(this.pubSub.subscribe(GatewayTopic.ScanProgress, scanProgressKey.byScan(orgId, scanId)));
    try {
      const scan = await this.scanner.getScan(orgId, scanId);
      if (tenantId && scan.tenantId !== tenantId) throw notFound('Scan', scanId);
      if (TERMINAL_SCAN_STATUSES.includes(scan.status)) {
        await live.return?.();
        return onlyEvent(finalProgressOf(scan));
      }
    } catch (error) {
      await live.return?.();
      throw error;
    }
    return relayUntil(live, isFinal);
  }

  private async forTenant(orgId: string, tenantId: string): Promise<AsyncIterable<ScanProgressEvent>> {
    const live = startListening(this.pubSub.subscribe(GatewayTopic.ScanProgress, scanProgressKey.byTenant(orgId, tenantId)));
    try {
      await this.connector.getTenant(orgId, tenantId);
    } catch (error) {
      await live.return?.();
      throw error;
    }
    return relayUntil(live);
  }
}

function checkedId(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!isGuid(value)) throw badInput(field, `${field} must be an id (a UUID) returned by this API.`);
  return value;
}

async function* onlyEvent(event: ScanProgressEvent): AsyncGenerator<ScanProgressEvent> {
  yield event;
}
