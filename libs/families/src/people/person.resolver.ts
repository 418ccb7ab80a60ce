import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, IdArg, RequestContext, RequirePermission } from '@waymark/platform';
import { CreatePersonInput } from './dto/create-person.input';
import { PersonCreationModel, PersonModel } from './person.model';
import { PersonService } from './person.service';

@Resolver(() => PersonModel)
export class PersonResolver {
  constructor(private readonly people: PersonService) {}

  @Query(() => PersonModel, { description: 'A person you may see; the read is audited.' })
  @RequirePermission('read', 'Person')
  person(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.people.get(ctx, id);
  }

  @Mutation(() => PersonCreationModel, {
    description: 'Records a person unless existing records look like the same person: then nothing is recorded until you confirm with confirmNotDuplicate.',
  })
  @RequirePermission('create', 'Person')
  createPerson(@Ctx() ctx: RequestContext, @Args('input') input: CreatePersonInput) {
    return this.people.create(ctx, input);
  }
}
