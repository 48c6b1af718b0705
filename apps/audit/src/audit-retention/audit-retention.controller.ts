import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AuditRetentionReply, GetAuditRetentionRequest, SetAuditRetentionRequest, Subject } from '@trueconfig/common';
import { RetentionPolicyStore } from './retention-policy.store';

@Controller()
export class AuditRetentionController {
  constructor(private readonly policies: RetentionPolicyStore) {}

  @MessagePattern(Subject.GetAuditRetention)
  getAuditRetention(@Payload() request: GetAuditRetentionRequest): Promise<AuditRetentionReply> {
    return this.policies.get(request);
  }

  @MessagePattern(Subject.SetAuditRetention)
  setAuditRetention(@Payload() request: SetAuditRetentionRequest): Promise<AuditRetentionReply> {
    return this.policies.set(request);
  }
}
