import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { AllocationModel } from './allocation.model';
import { AllocationService } from './allocation.service';
import { AllocateFamilyInput } from './dto/allocate-family.input';

@Resolver(() => AllocationModel)
export class AllocationResolver {
  constructor(private readonly allocations: AllocationService) {}

  @Mutation(() => AllocationModel, { description: "Allocates a family to a practitioner and/or team; managers of the family's lead agency." })
  @RequirePermission('allocate', 'Family')
  allocateFamily(@Ctx() ctx: RequestContext, @Args('input') input: AllocateFamilyInput) {
    return this.allocations.allocate(ctx, input);
  }
}
