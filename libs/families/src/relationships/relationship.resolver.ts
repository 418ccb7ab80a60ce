import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { FamilyEntity } from '../families/family.entity';
import { FamilyModel } from '../families/family.model';
import { RecordReconciliationInput, RecordRelationshipInput, RecordSeparationInput } from './dto/record-relationship.input';
import { PersonRelationshipEntity } from './person-relationship.entity';
import { CoupleStatusEventModel, PersonRelationshipModel } from './relationship.model';
import { COUPLE_TYPES, CoupleStatus } from './relationship-kinds';
import { RelationshipService } from './relationship.service';

@Resolver(() => PersonRelationshipModel)
export class RelationshipResolver {
  constructor(private readonly relationships: RelationshipService) {}

  @Mutation(() => PersonRelationshipModel, { description: 'Records how two members of a family are related. A PARTNER relationship starts TOGETHER.' })
  @RequirePermission('update', 'Family')
  recordRelationship(@Ctx() ctx: RequestContext, @Args('input') input: RecordRelationshipInput) {
    return this.relationships.record(ctx, input);
  }

  @Mutation(() => PersonRelationshipModel, {
    description: 'Records that a couple separated and, if known, who left the household (their membership ends that day).',
  })
  @RequirePermission('update', 'Family')
  recordSeparation(@Ctx() ctx: RequestContext, @Args('input') input: RecordSeparationInput) {
    return this.relationships.recordSeparation(ctx, input);
  }

  @Mutation(() => PersonRelationshipModel, { description: 'Records that a separated couple reconciled.' })
  @RequirePermission('update', 'Family')
  recordReconciliation(@Ctx() ctx: RequestContext, @Args('input') input: RecordReconciliationInput) {
    return this.relationships.recordReconciliation(ctx, input);
  }

  @ResolveField(() => [CoupleStatusEventModel])
  statusHistory(@Ctx() ctx: RequestContext, @Parent() relationship: PersonRelationshipEntity) {
    return COUPLE_TYPES.includes(relationship.type) ? this.relationships.statusHistory(ctx, relationship.id) : [];
  }

  @ResolveField(() => CoupleStatus, { nullable: true })
  async currentStatus(@Ctx() ctx: RequestContext, @Parent() relationship: PersonRelationshipEntity) {
    if (!COUPLE_TYPES.includes(relationship.type)) return null;
    const history = await this.relationships.statusHistory(ctx, relationship.id);
    return history.length ? history[history.length - 1].status : null;
  }
}

/** Adds `Family.relationships`. */
@Resolver(() => FamilyModel)
export class FamilyRelationshipsResolver {
  constructor(private readonly relationshipService: RelationshipService) {}

  @ResolveField(() => [PersonRelationshipModel])
  relationships(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.relationshipService.forFamily(ctx, family.id);
  }
}
