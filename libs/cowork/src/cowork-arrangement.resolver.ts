import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserModel } from '@waymark/access';
import { FamilyEntity, FamilyModel } from '@waymark/families';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { CoworkArrangementEntity } from './cowork-arrangement.entity';
import { CoworkArrangementModel } from './cowork-arrangement.model';
import { CoworkArrangementService } from './cowork-arrangement.service';
import { EndCoworkInput, StartCoworkInput } from './dto/start-cowork.input';

@Resolver(() => CoworkArrangementModel)
export class CoworkArrangementResolver {
  constructor(private readonly arrangements: CoworkArrangementService) {}

  @Mutation(() => CoworkArrangementModel, {
    description: "Opens the family to a DVA specialist to co-work it (read and update). By the family's case holder or a manager of its lead agency.",
  })
  @RequirePermission('start', 'CoworkArrangement')
  startCowork(@Ctx() ctx: RequestContext, @Args('input') input: StartCoworkInput) {
    return this.arrangements.start(ctx, input);
  }

  @Mutation(() => CoworkArrangementModel, {
    description: 'Ends co-work: the family closes to the specialist again; the entries they wrote stay readable to them.',
  })
  @RequirePermission('end', 'CoworkArrangement')
  endCowork(@Ctx() ctx: RequestContext, @Args('input') input: EndCoworkInput) {
    return this.arrangements.end(ctx, input);
  }

  @ResolveField(() => Boolean)
  active(@Parent() arrangement: CoworkArrangementEntity) {
    return arrangement.endedOn === null;
  }

  @ResolveField(() => UserModel)
  specialist(@Ctx() ctx: RequestContext, @Parent() arrangement: CoworkArrangementEntity) {
    return this.arrangements.user(ctx, arrangement.specialistUserId);
  }

  @ResolveField(() => UserModel)
  startedBy(@Ctx() ctx: RequestContext, @Parent() arrangement: CoworkArrangementEntity) {
    return this.arrangements.user(ctx, arrangement.startedByUserId);
  }
}

/** Adds `Family.coworkArrangements`: seen with the family. */
@Resolver(() => FamilyModel)
export class FamilyCoworkArrangementsResolver {
  constructor(private readonly arrangements: CoworkArrangementService) {}

  @ResolveField(() => [CoworkArrangementModel], { description: "DVA specialists' co-work with the family, current and past, oldest first." })
  coworkArrangements(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.arrangements.forFamily(ctx, family.id);
  }
}
