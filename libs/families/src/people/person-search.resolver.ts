import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { FamilyModel } from '../families/family.model';
import { PersonSearchArgs } from './dto/person-search.input';
import { PersonSearchResultConnection, PersonSearchResultModel } from './person-search.model';
import { PersonSearchResult, PersonSearchService } from './person-search.service';

@Resolver(() => PersonSearchResultModel)
export class PersonSearchResolver {
  constructor(private readonly search: PersonSearchService) {}

  @Query(() => PersonSearchResultConnection, {
    description:
      'People you may see who match every criterion given, by family name then given name. Only your own involvement is searched; each person shown is audited as a read.',
  })
  @RequirePermission('read', 'Person')
  searchPeople(@Ctx() ctx: RequestContext, @Args() args: PersonSearchArgs) {
    return this.search.search(ctx, args.input, args);
  }

  @ResolveField(() => [FamilyModel])
  families(@Ctx() ctx: RequestContext, @Parent() result: PersonSearchResult) {
    return this.search.familiesOf(ctx, result.person.id);
  }
}
