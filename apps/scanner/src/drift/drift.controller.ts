import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { badInput, isGuid, ScanDriftReply, ScanDriftRequest, Subject } from '@trueconfig/common';
import { ScanDriftService } from './scan-drift.service';

const MAX_SCANS_PER_BATCH = 100;

@Controller()
export class DriftController {
  constructor(private readonly drift: ScanDriftService) {}

  /** Batched for the gateway's DataLoader: one entry per scan id, in order; null where not the organisation's. */
  @MessagePattern(Subject.ScanDrift)
  async handle(@Payload() request: ScanDriftRequest): Promise<ScanDriftReply> {
    if (!Array.isArray(request.scanIds) || request.scanIds.length > MAX_SCANS_PER_BATCH) {
      throw badInput('scanIds', `scanIds must be a list of at most ${MAX_SCANS_PER_BATCH} scan ids.`);
    }
    return Promise.all(request.scanIds.map((id) => (typeof id === 'string' && isGuid(id) ? this.drift.driftOf(request.orgId, id) : null)));
  }
}
