import { Injectable } from '@nestjs/common';
import { Authorized, Query, Resolver } from 'type-graphql';
import { ApiKeyRole } from '../api-key/api-key-role.enum';
import { CONTROL_DESCRIPTIONS } from './control-catalog';
import { toControl } from './control.mapper';
import { Control } from './control.type';

const CONTROLS = CONTROL_DESCRIPTIONS.map(toControl);

@Injectable()
@Resolver(() => Control)
export class ControlsResolver {
  @Authorized(ApiKeyRole.VIEWER)
  @Query(() => [Control], { description: 'The control catalog, in evaluation order, with framework references, needs and remediation.' })
  controls(): Control[] {
    return CONTROLS;
  }
}
