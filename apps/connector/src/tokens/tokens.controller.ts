import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AcquireTokenReply, AcquireTokenRequest, Subject } from '@trueconfig/common';
import { AcquireTokenHandler } from './acquire-token.handler';

@Controller()
export class TokensController {
  constructor(@Inject(AcquireTokenHandler) private readonly handler: AcquireTokenHandler) {}

  @MessagePattern(Subject.AcquireToken)
  acquireToken(@Payload() request: AcquireTokenRequest): Promise<AcquireTokenReply> {
    return this.handler.handle(request);
  }
}
