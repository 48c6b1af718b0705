import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const MAX_EVIDENCE_PAGE = 100;

@ArgsType()
export class EvidenceListArgs {
  @Field(() => Int, { nullable: true, description: `Items to return (at most ${MAX_EVIDENCE_PAGE}); all stored items when left out.` })
  @IsOptional()
  @Min(1)
  @Max(MAX_EVIDENCE_PAGE)
  first?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Items to skip.' })
  @IsOptional()
  @Min(0)
  offset?: number | null;
}
