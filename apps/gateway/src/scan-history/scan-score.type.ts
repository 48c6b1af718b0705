import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'The tenant score, weighted by severity (critical 10, high 5, medium 3, low 1): PASS earns the weight, WARN half, FAIL nothing; NOT_APPLICABLE, DEGRADED, ERROR and accepted failures are left out.',
})
export class ScanScore {
  @Field(() => Float, { nullable: true, description: '0–100, one decimal; null when no control could be judged (e.g. the scan has no results yet).' })
  score!: number | null;

  @Field(() => Float)
  earned!: number;

  @Field(() => Float)
  possible!: number;

  @Field(() => Int, { description: 'Results counted.' })
  judged!: number;

  @Field(() => Int, { description: 'Results left out.' })
  excluded!: number;
}
