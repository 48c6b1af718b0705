import { Logger } from '@nestjs/common';
import { AppError, ErrorCode } from '@trueconfig/common';
import { ValidationError } from 'class-validator';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { ERROR_TABLE } from './error-table';
import { formatGatewayError } from './format-gateway-error';

const SECRET = 'sup3r~secret~value';
const connectionTest = { ok: false, errorCode: ErrorCode.INVALID_CREDENTIALS, message: 'Invalid client secret', permissions: [] };

function located(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ['connectTenant'] });
}

describe('formatGatewayError', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it.each(Object.values(ErrorCode))('maps AppError %s through the error table', (code) => {
    const error = new AppError(code, `message for ${code}`, {
      remediation: ['step 1', 'step 2'],
      details: { connectionTest, missingPermissions: ['Reports.Read.All'], scanId: 's-1', field: 'clientId', fields: [{ field: 'clientId', messages: ['m'] }], id: 'x', retryAfterSeconds: 30, limit: 'depth', maximum: 10, internalHost: 'db-1', secret: SECRET },
    });
    const formatted = formatGatewayError(located(error));
    const rule = ERROR_TABLE[code];
    expect(formatted.extensions?.code).toBe(code);
    expect(formatted.path).toEqual(['connectTenant']);
    expect(Object.keys((formatted.extensions?.details as object | undefined) ?? {}).sort()).toEqual([...rule.detailKeys].sort());
    expect(JSON.stringify(formatted)).not.toContain(SECRET);
    expect(JSON.stringify(formatted)).not.toContain('db-1');
    if (rule.exposeMessage) {
      expect(formatted.message).toBe(`message for ${code}`);
      expect(formatted.extensions?.remediation).toEqual(['step 1', 'step 2']);
    } else {
      expect(formatted.message).not.toContain(`message for ${code}`);
      expect(formatted.extensions?.errorId).toEqual(expect.any(String));
      expect(formatted.extensions?.remediation).toBeUndefined();
    }
  });

  it('carries the failed connection test of a connection failure, the scan id of SCAN_IN_PROGRESS and the field of BAD_USER_INPUT', () => {
    const invalid = formatGatewayError(located(new AppError(ErrorCode.INVALID_CREDENTIALS, 'bad secret', { details: { connectionTest } })));
    expect(invalid.extensions?.details).toEqual({ connectionTest });
    const busy = formatGatewayError(located(new AppError(ErrorCode.SCAN_IN_PROGRESS, 'busy', { details: { scanId: 's-9' } })));
    expect(busy.extensions?.details).toEqual({ scanId: 's-9' });
    const input = formatGatewayError(located(new AppError(ErrorCode.BAD_USER_INPUT, 'use the Application (client) ID', { details: { field: 'clientId' } })));
    expect(input.extensions?.details).toEqual({ field: 'clientId' });
  });

  it('accepts an AppError payload that crossed NATS as a plain object', () => {
    const payload = Object.assign(new Error('x'), { code: ErrorCode.NOT_FOUND, message: 'Tenant t was not found.' });
    expect(formatGatewayError(located(payload)).extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('hides unknown errors behind INTERNAL with an error id, no stack and no internal message', () => {
    const formatted = formatGatewayError(located(new TypeError(`connect ECONNREFUSED 10.0.0.5 ${SECRET}`)));
    expect(formatted.extensions).toEqual({ code: ErrorCode.INTERNAL, errorId: expect.any(String) });
    expect(formatted.message).toContain(formatted.extensions?.errorId as string);
    expect(JSON.stringify(formatted)).not.toMatch(/ECONNREFUSED|stack|at Object|sup3r/);
  });

  it('turns class-validator failures into BAD_USER_INPUT with field-level messages and without the value', () => {
    const failure = Object.assign(new ValidationError(), {
      property: 'clientSecret',
      value: SECRET,
      constraints: { maxLength: 'clientSecret must be shorter than or equal to 1024 characters' },
    });
    const formatted = formatGatewayError(located(new ArgumentValidationError([failure])));
    expect(formatted.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      details: { field: 'clientSecret', fields: [{ field: 'clientSecret', messages: [failure.constraints?.maxLength] }] },
    });
    expect(formatted.message).toContain('clientSecret must be shorter');
    expect(JSON.stringify(formatted)).not.toContain(SECRET);
  });

  it("maps Apollo's request errors (syntax, validation, variables) to BAD_USER_INPUT with graphql's message", () => {
    for (const code of ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']) {
      const formatted = formatGatewayError(new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code } }));
      expect(formatted).toMatchObject({ message: 'Cannot query field "x" on type "Query".', extensions: { code: ErrorCode.BAD_USER_INPUT } });
    }
  });

  it('treats codeless graphql errors as the caller says: BAD_USER_INPUT before execution, INTERNAL during it', () => {
    const error = new GraphQLError('Unknown argument "foo".');
    expect(formatGatewayError(error, ErrorCode.BAD_USER_INPUT).extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(formatGatewayError(error).extensions?.code).toBe(ErrorCode.INTERNAL);
  });
});
