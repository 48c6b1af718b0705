import { Injectable } from '@nestjs/common';
import { REQUIRED_PERMISSIONS } from '@trueconfig/common';
import { Authorized, Query, Resolver } from 'type-graphql';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { RequiredPermission } from './required-permission.type';

@Injectable()
@Resolver()
export class RequiredPermissionsResolver {
  @Authorized(ApiKeyRole.VIEWER)
  @Query(() => [RequiredPermission], { description: 'The application permissions an app registration needs.' })
  requiredPermissions(): RequiredPermission[] {
    return REQUIRED_PERMISSIONS.map(({ name, purpose }) => ({ name, type: 'Application', purpose }));
  }
}
