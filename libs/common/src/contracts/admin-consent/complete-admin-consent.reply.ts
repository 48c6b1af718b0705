import { ConnectTenantReply } from '../connect-tenant/connect-tenant.reply';

export type CompleteAdminConsentReply = ConnectTenantReply;
