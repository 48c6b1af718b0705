import { Injectable } from '@nestjs/common';
import { ControlResultDto, EvidenceItemDto } from '@trueconfig/common';
import { Args, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../pagination/connection.args';
import { Connection } from '../pagination/connection.type';
import { ControlResult } from './control-result.type';
import { EvidenceItemConnection } from './evidence-connection.type';
import { EvidenceItem } from './evidence-item.type';
import { evidencePage } from './evidence-page';
import { EvidenceListArgs } from './evidence-page.args';

/** Evidence as a capped list (`evidence(first, offset)`), a count, and a Relay page. */
@Injectable()
@Resolver(() => ControlResult)
export class ControlResultResolver {
  @FieldResolver(() => [EvidenceItem], { description: 'The objects behind the result (capped when stored); `first`/`offset` page through them.' })
  evidence(@Root() result: ControlResultDto, @Args() { first, offset }: EvidenceListArgs): EvidenceItemDto[] {
    const start = offset ?? 0;
    return result.evidence.slice(start, first ? start + first : undefined);
  }

  @FieldResolver(() => Int, { description: 'Evidence items stored for this result (affectedCount may be larger: evidence is capped).' })
  evidenceCount(@Root() result: ControlResultDto): number {
    return result.evidence.length;
  }

  @FieldResolver(() => EvidenceItemConnection, { description: 'The evidence as a Relay connection.' })
  evidencePage(@Root() result: ControlResultDto, @Args() { first, after }: ConnectionArgs): Connection<EvidenceItemDto> {
    return evidencePage(result.evidence, first, after);
  }
}
