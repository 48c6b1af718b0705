import { ServiceDatabaseOptions } from '@trueconfig/common';
import { ApiKeyEntity } from '../api-key/api-key.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { CreateOrganisationsAndApiKeys1764230500000 } from './migrations/1764230500000-create-organisations-and-api-keys';
import { AddApiKeyNames1764316800000 } from './migrations/1764316800000-add-api-key-names';

export const GATEWAY_SCHEMA = 'gateway';

export function gatewayDatabaseOptions(url: string, poolSize: number): ServiceDatabaseOptions {
  return {
    schema: GATEWAY_SCHEMA,
    url,
    poolSize,
    entities: [OrganisationEntity, ApiKeyEntity],
    migrations: [CreateOrganisationsAndApiKeys1764230500000, AddApiKeyNames1764316800000],
  };
}
