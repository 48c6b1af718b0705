import { EmulatorRequest } from '../http/emulator-request';

/** A request as the pipeline would build it, for unit specs; not part of the build. */
export function stubRequest(overrides: Partial<EmulatorRequest> = {}): EmulatorRequest {
  return {
    method: 'GET',
    path: '/v1.0/users',
    query: new URLSearchParams(),
    headers: {},
    body: '',
    params: {},
    baseUrl: 'https://127.0.0.1:4443',
    requestId: 'req-1',
    clientRequestId: undefined,
    receivedAt: new Date('2025-05-01T10:11:12.345Z'),
    ...overrides,
  };
}
