import { parseEntraError } from './parse-entra-error';

describe('parseEntraError', () => {
  it("reads the code and description from @azure/identity's message, dropping request ids", () => {
    const message =
      'invalid_client: Error(s): 7000215 - Timestamp: 2025-11-27 09:00:00Z - Description: AADSTS7000215: Invalid client secret provided.\r\n' +
      'Trace ID: 0f1e\r\nCorrelation ID: 4b5a\r\nTimestamp: 2025-11-27 09:00:00Z - Correlation ID: 4b5a - Trace ID: 0f1e';
    expect(parseEntraError(new Error(message))).toMatchObject({
      entraErrorCode: '7000215',
      description: 'AADSTS7000215: Invalid client secret provided.',
    });
  });

  it('falls back to the Error(s) list when the description has no AADSTS prefix', () => {
    expect(parseEntraError(new Error('invalid_client: Error(s): 7000222 - Timestamp: x - Description: expired')).entraErrorCode).toBe('7000222');
  });

  it('has no code for failures that never reached Entra', () => {
    expect(parseEntraError(new Error('endpoints_resolution_error: could not resolve endpoints'))).toMatchObject({
      entraErrorCode: null,
      description: 'endpoints_resolution_error: could not resolve endpoints',
    });
  });
});
