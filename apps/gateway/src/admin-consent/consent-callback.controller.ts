import { Controller, Get, Query, Res } from '@nestjs/common';
import { CompleteAdminConsentRequest, ErrorCode, NatsRequester, Subject } from '@trueconfig/common';
import { ServerResponse } from 'node:http';
import { formatGatewayError } from '../errors/format-gateway-error';

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.INTERNAL]: 500,
};

/**
 * `GET /consent/callback`: where Entra sends the administrator after admin consent. No API key: the
 * signed `state` (checked by the connector) says which organisation asked. Answers JSON, the same
 * `{data}` / `{errors}` shape as GraphQL; a failed connection test is a 422 carrying its diagnosis.
 */
@Controller('consent')
export class ConsentCallbackController {
  constructor(private readonly nats: NatsRequester) {}

  @Get('callback')
  async callback(@Query() query: Record<string, unknown>, @Res() res: ServerResponse): Promise<void> {
    try {
      const reply = await this.nats.request(Subject.CompleteAdminConsent, answerOf(query));
      send(res, 200, { data: { completeAdminConsent: reply } });
    } catch (error) {
      const formatted = formatGatewayError(error);
      send(res, STATUS[String(formatted.extensions?.code)] ?? 422, { errors: [formatted] });
    }
  }
}

function answerOf(query: Record<string, unknown>): CompleteAdminConsentRequest {
  const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string).slice(0, 4096) : null);
  return { state: text('state') ?? '', adminConsent: text('admin_consent'), tenant: text('tenant'), error: text('error'), errorDescription: text('error_description') };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
