import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subject, SupportBundleReply, SupportBundleRequest } from '@trueconfig/common';
import { SupportBundleHandler } from './support-bundle.handler';

@Controller()
export class SupportBundleController {
  constructor(@Inject(SupportBundleHandler) private readonly handler: SupportBundleHandler) {}

  @MessagePattern(Subject.SupportBundle)
  supportBundle(@Payload() request: SupportBundleRequest): Promise<SupportBundleReply> {
    return this.handler.handle(request);
  }
}
