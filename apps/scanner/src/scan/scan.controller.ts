import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CancelScanReply,
  CancelScanRequest,
  GetScanReply,
  GetScanRequest,
  LatestScansReply,
  LatestScansRequest,
  StartScanReply,
  StartScanRequest,
  Subject,
} from '@trueconfig/common';
import { CancelScanHandler } from './cancel-scan.handler';
import { GetScanHandler } from './get-scan.handler';
import { LatestScansHandler } from './latest-scans.handler';
import { StartScanHandler } from './start-scan.handler';

@Controller()
export class ScanController {
  constructor(
    private readonly startScan: StartScanHandler,
    private readonly getScan: GetScanHandler,
    private readonly latestScans: LatestScansHandler,
    private readonly cancelScan: CancelScanHandler,
  ) {}

  @MessagePattern(Subject.CancelScan)
  cancel(@Payload() request: CancelScanRequest): Promise<CancelScanReply> {
    return this.cancelScan.handle(request);
  }

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
