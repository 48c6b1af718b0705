import { cronScheduleCases } from './cases/cron-schedules.cases';
import { durableJobCases } from './cases/durable-jobs.cases';
import { scheduleCases } from './cases/schedules.cases';
import { replicaSuite } from './support/replica-context';

jest.setTimeout(60000);

describe('scanner replicas (two processes, JetStream work queue, schedules)', () => {
  const ctx = replicaSuite();
  durableJobCases(ctx);
  scheduleCases(ctx);
  cronScheduleCases(ctx);
});
