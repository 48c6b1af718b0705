import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ServerResponse } from 'node:http';
import { ApiKeyRole, roleSatisfies } from '../api-key/api-key-role.enum';
import { ApiKeyAuthenticator } from '../api-key/api-key.authenticator';
import { httpStatusOf } from '../audit-export/http-status-of';
import { roleTooLow } from '../auth/auth.errors';
import { requirePrincipal } from '../auth/require-principal';
import { ConnectorClient } from '../clients/connector.client';
import { ScannerClient } from '../clients/scanner.client';
import { CONTROL_DESCRIPTIONS } from '../controls/control-catalog';
import { formatGatewayError } from '../errors/format-gateway-error';
import { RequestLimits } from '../limits/request-limits';
import { parseReportFile, REPORT_CONTENT_TYPES } from './report-file';
import { renderScanReport } from './scan-report';

/**
 * `GET /reports/scans/{scanId}.json|csv|html` with the same `Authorization: Bearer <key>` as GraphQL.
 * Another organisation's scan is 404 NOT_FOUND, exactly like a scan that does not exist.
 */
@Controller('reports')
export class ScanReportController {
  constructor(
    private readonly authenticator: ApiKeyAuthenticator,
    private readonly limits: RequestLimits,
    private readonly scanner: ScannerClient,
    private readonly connector: ConnectorClient,
  ) {}

  @Get('scans/:file')
  async download(@Param('file') file: string, @Headers('authorization') authorization: string | undefined, @Res() res: ServerResponse): Promise<void> {
    try {
      const auth = await this.authenticator.authenticate(authorization);
      const principal = requirePrincipal({ auth });
      if (!roleSatisfies(principal.role, ApiKeyRole.VIEWER)) throw roleTooLow(principal.role, [ApiKeyRole.VIEWER], 'reports');
      this.limits.admit(auth);
      const { scanId, format } = parseReportFile(file);
      const scan = await this.scanner.getScan(principal.orgId, scanId);
      // A disconnected tenant keeps its scans: the report then names it by id.
      const tenant = await this.connector.getTenant(principal.orgId, scan.tenantId).catch(() => ({ id: scan.tenantId, displayName: scan.tenantId }));
      const body = renderScanReport(format, scan, tenant, CONTROL_DESCRIPTIONS);
      send(res, 200, REPORT_CONTENT_TYPES[format], body, { 'content-disposition': `attachment; filename="trueconfig-scan-${scanId}.${format}"` });
    } catch (error) {
      const formatted = formatGatewayError(error);
      const retryAfter = formatted.extensions?.retryAfterSeconds;
      const headers: Record<string, string> = typeof retryAfter === 'number' ? { 'retry-after': String(retryAfter) } : {};
      send(res, httpStatusOf(formatted.extensions?.code), 'application/json; charset=utf-8', JSON.stringify({ errors: [formatted] }), headers);
    }
  }
}

function send(res: ServerResponse, status: number, contentType: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
