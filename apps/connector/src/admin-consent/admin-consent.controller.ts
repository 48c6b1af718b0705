import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AdminConsentUrlReply, AdminConsentUrlRequest, CompleteAdminConsentReply, CompleteAdminConsentRequest, Subject } from '@trueconfig/common';
import { AdminConsentUrlHandler } from './admin-consent-url.handler';
import { CompleteAdminConsentHandler } from './complete-admin-consent.handler';

@Controller()
export class AdminConsentController {
  constructor(
    @Inject(AdminConsentUrlHandler) private readonly urls: AdminConsentUrlHandler,
    @Inject(CompleteAdminConsentHandler) private readonly completion: CompleteAdminConsentHandler,
  ) {}

  @MessagePattern(Subject.AdminConsentUrl)
  adminConsentUrl(@Payload() request: AdminConsentUrlRequest): AdminConsentUrlReply {
    return this.urls.handle(request);
  }

  @MessagePattern(Subject.CompleteAdminConsent)
  completeAdminConsent(@Payload() request: CompleteAdminConsentRequest): Promise<CompleteAdminConsentReply> {
    return this.completion.handle(request);
  }
}
