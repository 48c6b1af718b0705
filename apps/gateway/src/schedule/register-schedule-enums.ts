import { SyncScheduleKind } from '@trueconfig/common';
import { registerEnumType } from 'type-graphql';

registerEnumType(SyncScheduleKind, {
  name: 'SyncScheduleKind',
  description: 'INTERVAL: every intervalSeconds, staggered across tenants by offsetSeconds; CRON: at the cron times, in its time zone, without a stagger.',
});
