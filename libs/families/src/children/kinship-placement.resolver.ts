import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { FamilyEntity } from '../families/family.entity';
import { FamilyModel } from '../families/family.model';
import { EndKinshipPlacementInput, RecordKinshipPlacementInput } from './dto/record-kinship-placement.input';
import { KinshipPlacementModel } from './kinship-placement.model';
import { KinshipPlacementService } from './kinship-placement.service';

/** Recording a placement is part of working with the family: it needs 'update' on the family. */
@Resolver(() => KinshipPlacementModel)
export class KinshipPlacementResolver {
  constructor(private readonly placements: KinshipPlacementService) {}

  @Mutation(() => KinshipPlacementModel, { description: 'Records that a child of the family lives with a kinship carer.' })
  @RequirePermission('update', 'Family')
  recordKinshipPlacement(@Ctx() ctx: RequestContext, @Args('input') input: RecordKinshipPlacementInput) {
    return this.placements.record(ctx, input);
  }

  @Mutation(() => KinshipPlacementModel, { description: 'Records that a kinship placement ended.' })
  @RequirePermission('update', 'Family')
  endKinshipPlacement(@Ctx() ctx: RequestContext, @Args('input') input: EndKinshipPlacementInput) {
    return this.placements.end(ctx, input);
  }
}

/** Adds `Family.kinshipPlacements`: seen by whoever can see the family. */
@Resolver(() => FamilyModel)
export class FamilyKinshipPlacementsResolver {
  constructor(private readonly placements: KinshipPlacementService) {}

  @ResolveField(() => [KinshipPlacementModel], { description: 'Oldest first.' })
  kinshipPlacements(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.placements.forFamily(ctx, family.id);
  }
}
