import { AuditLevel, ControlStatus, ErrorCode, ScanStatus, ScanTrigger, TenantStatus } from '@trueconfig/common';
import { registerEnumType } from 'type-graphql';
import { ApiKeyRole } from '../api-key/api-key-role.enum';

/** Every status is a GraphQL enum; the values are the contracts' own, so DTOs pass through unchanged. */
registerEnumType(TenantStatus, { name: 'TenantStatus', description: 'Whether TrueConfig can read the tenant.' });
registerEnumType(ScanStatus, { name: 'ScanStatus' });
registerEnumType(ScanTrigger, { name: 'ScanTrigger' });
registerEnumType(ControlStatus, { name: 'ControlStatus' });
registerEnumType(AuditLevel, { name: 'AuditLevel' });
registerEnumType(ApiKeyRole, { name: 'ApiKeyRole', description: 'viewer reads; operator also runs scans; admin also manages tenants, credentials and keys.' });
registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'The closed list of error codes, also used in `extensions.code`.' });
