import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { FamilyEntity } from '../families/family.entity';
import { FamilyModel } from '../families/family.model';
import { RecordHarmRelationshipInput } from './dto/record-harm-relationship.input';
import { HarmRelationshipModel } from './harm-relationship.model';
import { HarmRelationshipService } from './harm-relationship.service';

/** Recording harm is part of working with the family: it needs 'update' on the family. */
@Resolver(() => HarmRelationshipModel)
export class HarmRelationshipResolver {
  constructor(private readonly harm: HarmRelationshipService) {}

  @Mutation(() => HarmRelationshipModel, { description: 'Records that one member of the family causes harm to another, disclosed or suspected.' })
  @RequirePermission('update', 'Family')
  recordHarmRelationship(@Ctx() ctx: RequestContext, @Args('input') input: RecordHarmRelationshipInput) {
    return this.harm.record(ctx, input);
  }
}

/** Adds `Family.harmRelationships`: seen by whoever can see the family. */
@Resolver(() => FamilyModel)
export class FamilyHarmRelationshipsResolver {
  constructor(private readonly harm: HarmRelationshipService) {}

  @ResolveField(() => [HarmRelationshipModel], { description: 'Oldest first.' })
  harmRelationships(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.harm.forFamily(ctx, family.id);
  }
}
