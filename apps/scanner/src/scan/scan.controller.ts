import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  GetScanReply,
  GetScanRequest,
  LatestScansReply,
  LatestScansRequest,
  StartScanReply,
  StartScanRequest,
  Subject,
} from '@trueconfig/common';
import { GetScanHandler } from './get-scan.handler';
import { LatestScansHandler } from './latest-scans.handler';
import { StartScanHandler } from './start-scan.handler';

@Controller()
export class ScanController {
  constructor(
    private readonly startScan: StartScanHandler,
    private readonly getScan: GetScanHandler,
    private readonly latestScans: LatestScansHandler,
  ) {}

  @MessagePattern(Subject.StartScan)
  start(@Payload() request: StartScanRequest): Promise<StartScanReply> {
    return this.startScan.handle(request);
  }

  @MessagePattern(Subject.GetScan)
  get(@Payload() request: GetScanRequest): Promise<GetScanReply> {
    return this.getScan.handle(request);
  }

  @MessagePattern(Subject.LatestScans)
  latest(@Payload() request: LatestScansRequest): Promise<LatestScansReply> {
    return this.latestScans.handle(request);
  }
}
