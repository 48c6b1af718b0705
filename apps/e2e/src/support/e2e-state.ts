import { PrivateNats, RunningStack, TestDatabase } from '@trueconfig/launcher';

export const E2E_STATE = Symbol.for('trueconfig.e2e.state');

export interface E2eState {
  nats: PrivateNats;
  db: TestDatabase;
  stack: RunningStack;
}
