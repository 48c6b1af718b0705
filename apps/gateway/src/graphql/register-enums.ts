import { AuditLevel, ControlStatus, ErrorCode, ScanStatus, ScanTrigger, TenantStatus } from '@trueconfig/common';
import { registerEnumType } from 'type-graphql';

/** Every status is a GraphQL enum; the values are the contracts' own, so DTOs pass through unchanged. */
registerEnumType(TenantStatus, { name: 'TenantStatus', description: 'Whether TrueConfig can read the tenant.' });
registerEnumType(ScanStatus, { name: 'ScanStatus' });
registerEnumType(ScanTrigger, { name: 'ScanTrigger' });
registerEnumType(ControlStatus, { name: 'ControlStatus' });
registerEnumType(AuditLevel, { name: 'AuditLevel' });
registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'The closed list of error codes, also used in `extensions.code`.' });
