import { Page } from '../shared/page';
import { TenantDto } from '../shared/tenant.dto';

export type ListTenantsReply = Page<TenantDto>;
