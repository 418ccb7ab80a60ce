import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyModel, UserModel } from '@waymark/access';
import { FamilyEntity, FamilyModel, PersonModel } from '@waymark/families';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { CoworkEntriesArgs } from '../dto/cowork-entries.args';
import { CompleteCoworkFollowUpInput, LogCoworkEntryInput } from '../dto/log-cowork-entry.input';
import { CoworkEntryEntity } from './cowork-entry.entity';
import { CoworkEntryConnection, CoworkEntryModel, CoworkFollowUpModel } from './cowork-entry.model';
import { CoworkEntryService } from './cowork-entry.service';
import { CoworkFollowUpService } from './cowork-follow-up.service';

@Resolver(() => CoworkEntryModel)
export class CoworkEntryResolver {
  constructor(
    private readonly entries: CoworkEntryService,
    private readonly followUpService: CoworkFollowUpService,
  ) {}

  @Mutation(() => CoworkEntryModel, { description: 'Logs joint work with a family you co-work now (DVA specialists).' })
  @RequirePermission('log', 'CoworkEntry')
  logCoworkEntry(@Ctx() ctx: RequestContext, @Args('input') input: LogCoworkEntryInput) {
    return this.entries.log(ctx, input);
  }

  @Mutation(() => CoworkFollowUpModel, { description: 'Records a co-work follow-up as done. By the case holder or a specialist co-working the family.' })
  @RequirePermission('update', 'Family')
  completeCoworkFollowUp(@Ctx() ctx: RequestContext, @Args('input') input: CompleteCoworkFollowUpInput) {
    return this.followUpService.complete(ctx, input);
  }

  @Query(() => CoworkEntryConnection, {
    description:
      "Co-work entries you may see, newest first: a specialist's own; those on families you hold or co-work; for managers, also their agency's specialists' and those on their agency's families.",
  })
  @RequirePermission('read', 'CoworkEntry')
  coworkEntries(@Ctx() ctx: RequestContext, @Args() args: CoworkEntriesArgs) {
    return this.entries.list(ctx, args);
  }

  @ResolveField(() => UserModel)
  specialist(@Ctx() ctx: RequestContext, @Parent() entry: CoworkEntryEntity) {
    return this.entries.specialist(ctx, entry);
  }

  @ResolveField(() => [UserModel])
  practitioners(@Ctx() ctx: RequestContext, @Parent() entry: CoworkEntryEntity) {
    return this.entries.practitioners(ctx, entry.id);
  }

  @ResolveField(() => [AgencyModel])
  agencies(@Ctx() ctx: RequestContext, @Parent() entry: CoworkEntryEntity) {
    return this.entries.agencies(ctx, entry.id);
  }

  @ResolveField(() => [PersonModel], { nullable: 'items' })
  peopleSeen(@Ctx() ctx: RequestContext, @Parent() entry: CoworkEntryEntity) {
    return this.entries.peopleSeen(ctx, entry.id);
  }

  @ResolveField(() => [CoworkFollowUpModel])
  followUps(@Ctx() ctx: RequestContext, @Parent() entry: CoworkEntryEntity) {
    return this.entries.followUps(ctx, entry.id);
  }
}

/** Adds `Family.coworkEntries`: seen with the family. */
@Resolver(() => FamilyModel)
export class FamilyCoworkEntriesResolver {
  constructor(private readonly entries: CoworkEntryService) {}

  @ResolveField(() => [CoworkEntryModel], { description: "DVA specialists' co-work with the family, oldest first." })
  coworkEntries(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.entries.forFamily(ctx, family.id);
  }
}
