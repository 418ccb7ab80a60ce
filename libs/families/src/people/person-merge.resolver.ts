import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { MergePeopleInput } from './dto/merge-people.input';
import { PersonMergeService } from './person-merge.service';
import { PersonModel } from './person.model';

@Resolver(() => PersonModel)
export class PersonMergeResolver {
  constructor(private readonly merges: PersonMergeService) {}

  @Mutation(() => PersonModel, {
    description:
      "Managers: merges a duplicate record into the one kept. Both records' history moves to the kept record, the duplicate's names become aliases, and the duplicate is hidden. Audited with the reason.",
  })
  @RequirePermission('merge', 'Person')
  mergePeople(@Ctx() ctx: RequestContext, @Args('input') input: MergePeopleInput) {
    return this.merges.merge(ctx, input);
  }
}
