import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AcceptRiskReply,
  AcceptRiskRequest,
  GetTenantSettingsReply,
  GetTenantSettingsRequest,
  RevokeRiskAcceptanceReply,
  RevokeRiskAcceptanceRequest,
  Subject,
  UpdateTenantSettingsReply,
  UpdateTenantSettingsRequest,
} from '@trueconfig/common';
import { TenantSettingsService } from './tenant-settings.service';

@Controller()
export class TenantSettingsController {
  constructor(private readonly settings: TenantSettingsService) {}

  @MessagePattern(Subject.GetTenantSettings)
  get(@Payload() request: GetTenantSettingsRequest): Promise<GetTenantSettingsReply> {
    return this.settings.getMany(request);
  }

  @MessagePattern(Subject.UpdateTenantSettings)
  update(@Payload() request: UpdateTenantSettingsRequest): Promise<UpdateTenantSettingsReply> {
    return this.settings.update(request);
  }

  @MessagePattern(Subject.AcceptRisk)
  acceptRisk(@Payload() request: AcceptRiskRequest): Promise<AcceptRiskReply> {
    return this.settings.acceptRisk(request);
  }

  @MessagePattern(Subject.RevokeRiskAcceptance)
  revoke(@Payload() request: RevokeRiskAcceptanceRequest): Promise<RevokeRiskAcceptanceReply> {
    return this.settings.revoke(request);
  }
}
