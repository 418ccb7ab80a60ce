import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { PersonEntity } from '../person.entity';
import { PersonModel } from '../person.model';
import { PersonFactModel, RecordPersonFactInput } from './person-fact.model';
import { PersonFactService } from './person-fact.service';

@Resolver(() => PersonModel)
export class PersonFactResolver {
  constructor(private readonly facts: PersonFactService) {}

  @Mutation(() => PersonFactModel, {
    description:
      'Records a change to whether someone needs an interpreter, or to their date of birth, with the day it holds from; signals and reports use the value on the day.',
  })
  @RequirePermission('update', 'Family')
  async recordPersonFact(@Ctx() ctx: RequestContext, @Args('input') input: RecordPersonFactInput) {
    const fact = await this.facts.record(ctx, input);
    return (await this.facts.history(ctx, fact.personId)).find((entry) => entry.id === fact.id);
  }

  @ResolveField(() => [PersonFactModel], { description: 'The dated history of interpreter need and date of birth, oldest first.' })
  factHistory(@Ctx() ctx: RequestContext, @Parent() person: PersonEntity) {
    return this.facts.history(ctx, person.id);
  }
}
