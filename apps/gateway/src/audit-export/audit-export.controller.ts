import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import { AuditExportFormat, badInput } from '@trueconfig/common';
import { ServerResponse } from 'node:http';
import { ApiKeyRole, roleSatisfies } from '../api-key/api-key-role.enum';
import { ApiKeyAuthenticator } from '../api-key/api-key.authenticator';
import { roleTooLow } from '../auth/auth.errors';
import { requirePrincipal } from '../auth/require-principal';
import { AuditClient } from '../clients/audit.client';
import { ConnectorClient } from '../clients/connector.client';
import { GATEWAY_CONFIG, GatewayEnv } from '../config/gateway-env.schema';
import { formatGatewayError } from '../errors/format-gateway-error';
import { RequestLimits } from '../limits/request-limits';
import { exportFilterOf } from './export-filter';
import { httpStatusOf } from './http-status-of';

const CONTENT_TYPES: Record<AuditExportFormat, string> = {
  [AuditExportFormat.CSV]: 'text/csv; charset=utf-8',
  [AuditExportFormat.JSONL]: 'application/x-ndjson; charset=utf-8',
};

/**
 * `GET /exports/audit-logs.csv` and `.jsonl`, with the same filters as `auditLogs` as query parameters
 * and the same `Authorization: Bearer <key>`. A capped export says so in `X-Export-Truncated: true`.
 */
@Controller('exports')
export class AuditExportController {
  constructor(
    private readonly authenticator: ApiKeyAuthenticator,
    private readonly limits: RequestLimits,
    private readonly audit: AuditClient,
    private readonly connector: ConnectorClient,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayEnv,
  ) {}

  @Get('audit-logs.:format')
  async exportAuditLogs(
    @Param('format') format: string,
    @Query() query: Record<string, unknown>,
    @Headers('authorization') authorization: string | undefined,
    @Res() res: ServerResponse,
  ): Promise<void> {
    try {
      const auth = await this.authenticator.authenticate(authorization);
      const principal = requirePrincipal({ auth });
      if (!roleSatisfies(principal.role, ApiKeyRole.VIEWER)) throw roleTooLow(principal.role, [ApiKeyRole.VIEWER], 'exports');
      this.limits.admit(auth);
      const exportFormat = formatOf(format);
      const filter = exportFilterOf(query);
      if (filter.tenantId) await this.connector.getTenant(principal.orgId, filter.tenantId);
      const result = await this.audit.exportAuditLogs(principal.orgId, filter, exportFormat, this.config.AUDIT_EXPORT_MAX_ROWS);
      send(res, 200, CONTENT_TYPES[exportFormat], result.text, {
        'content-disposition': `attachment; filename="audit-logs.${exportFormat}"`,
        'x-export-rows': String(result.rows),
        'x-export-truncated': String(result.truncated),
      });
    } catch (error) {
      const formatted = formatGatewayError(error);
      const retryAfter = formatted.extensions?.retryAfterSeconds;
      const headers: Record<string, string> = typeof retryAfter === 'number' ? { 'retry-after': String(retryAfter) } : {};
      send(res, httpStatusOf(formatted.extensions?.code), 'application/json; charset=utf-8', JSON.stringify({ errors: [formatted] }), headers);
    }
  }
}

function formatOf(format: string): AuditExportFormat {
  if (format === AuditExportFormat.CSV || format === AuditExportFormat.JSONL) return format;
  throw badInput('format', 'Export as audit-logs.csv or audit-logs.jsonl.');
}

function send(res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
