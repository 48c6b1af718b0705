import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { GetSyncSchedulesReply, GetSyncSchedulesRequest, SetSyncScheduleReply, SetSyncScheduleRequest, Subject } from '@trueconfig/common';
import { GetSyncSchedulesHandler } from './get-sync-schedules.handler';
import { SetSyncScheduleHandler } from './set-sync-schedule.handler';

@Controller()
export class ScheduleController {
  constructor(
    private readonly setSchedule: SetSyncScheduleHandler,
    private readonly getSchedules: GetSyncSchedulesHandler,
  ) {}

  @MessagePattern(Subject.SetSyncSchedule)
  set(@Payload() request: SetSyncScheduleRequest): Promise<SetSyncScheduleReply> {
    return this.setSchedule.handle(request);
  }

  @MessagePattern(Subject.GetSyncSchedules)
  get(@Payload() request: GetSyncSchedulesRequest): Promise<GetSyncSchedulesReply> {
    return this.getSchedules.handle(request);
  }
}
