import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, IdArg, RequestContext, RequirePermission } from '@waymark/platform';
import { AllocationModel } from '../allocations/allocation.model';
import { AllocationService } from '../allocations/allocation.service';
import { PersonModel } from '../people/person.model';
import { PersonService } from '../people/person.service';
import { AddFamilyMemberInput, RecordMemberLeftInput } from './dto/add-family-member.input';
import { CreateFamilyInput } from './dto/create-family.input';
import { FamiliesArgs } from './dto/families.args';
import { FamilyMembershipEntity } from './family-membership.entity';
import { FamilyEntity } from './family.entity';
import { FamilyConnection, FamilyMemberModel, FamilyModel } from './family.model';
import { FamilyService } from './family.service';

@Resolver(() => FamilyModel)
export class FamilyResolver {
  constructor(
    private readonly familyService: FamilyService,
    private readonly allocationService: AllocationService,
  ) {}

  @Query(() => FamilyConnection, { description: 'Families you may see, newest first.' })
  @RequirePermission('read', 'Family')
  families(@Ctx() ctx: RequestContext, @Args() args: FamiliesArgs) {
    return this.familyService.list(ctx, args);
  }

  @Query(() => FamilyModel)
  @RequirePermission('read', 'Family')
  family(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.familyService.get(ctx, id);
  }

  @Mutation(() => FamilyModel, { description: 'Opens a family record; you are allocated to it.' })
  @RequirePermission('create', 'Family')
  createFamily(@Ctx() ctx: RequestContext, @Args('input') input: CreateFamilyInput) {
    return this.familyService.create(ctx, input);
  }

  @Mutation(() => FamilyMemberModel)
  @RequirePermission('update', 'Family')
  addFamilyMember(@Ctx() ctx: RequestContext, @Args('input') input: AddFamilyMemberInput) {
    return this.familyService.addMember(ctx, input);
  }

  @Mutation(() => FamilyMemberModel, { description: 'Records when someone left the household; the membership is kept as history.' })
  @RequirePermission('update', 'Family')
  recordMemberLeft(@Ctx() ctx: RequestContext, @Args('input') input: RecordMemberLeftInput) {
    return this.familyService.recordMemberLeft(ctx, input);
  }

  @ResolveField(() => [FamilyMemberModel])
  members(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.familyService.members(ctx, family.id);
  }

  @ResolveField(() => [AllocationModel])
  allocations(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.allocationService.forFamily(ctx, family.id);
  }
}

@Resolver(() => FamilyMemberModel)
export class FamilyMemberResolver {
  constructor(private readonly people: PersonService) {}

  /** Null if the caller may not see this person (for example a break-glass grant on one person only). */
  @ResolveField(() => PersonModel, { nullable: true })
  person(@Ctx() ctx: RequestContext, @Parent() membership: FamilyMembershipEntity) {
    return this.people.load(ctx, membership.personId);
  }
}
