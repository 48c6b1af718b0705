import { TestBackbone } from '@trueconfig/launcher';

export const E2E_STATE = Symbol.for('trueconfig.e2e.state');

/** The private NATS and database, with the whole stack registered on top, so one stop() ends it all. */
export interface E2eState {
  backbone: TestBackbone;
}
