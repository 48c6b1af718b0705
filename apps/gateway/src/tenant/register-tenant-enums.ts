import { ConnectionCheckKind, ConnectionCheckStatus, ConnectionMode } from '@trueconfig/common';
import { registerEnumType } from 'type-graphql';

registerEnumType(ConnectionCheckKind, { name: 'ConnectionCheckKind', description: 'What one row of a connection test checked.' });
registerEnumType(ConnectionCheckStatus, { name: 'ConnectionCheckStatus' });
registerEnumType(ConnectionMode, {
  name: 'ConnectionMode',
  description: "CLIENT_SECRET: the customer's app registration and secret; ADMIN_CONSENT: TrueConfig's multi-tenant app.",
});
