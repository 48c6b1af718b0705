import { E2E_STATE, E2eState } from './e2e-state';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<symbol, unknown>)[E2E_STATE] as E2eState | undefined;
  if (!state) return;
  await state.backbone.stop();
}
