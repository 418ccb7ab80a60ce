import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, IdArg, RequestContext, RequirePermission } from '@waymark/platform';

import { AgencyModel } from './agency.model';
import { AgencyService } from './agency.service';
import { CreateAgencyInput } from './dto/create-agency.input';
import { UpdateAgencyInput } from './dto/update-agency.input';

@Resolver(() => AgencyModel)
export class AgencyResolver {
  constructor(private readonly agencyService: AgencyService) {}

  @Query(() => [AgencyModel], { description: 'Every agency in the partnership, by name.' })
  @RequirePermission('read', 'Agency')
  agencies(@Ctx() ctx: RequestContext) {
    return this.agencyService.list(ctx);
  }

  @Query(() => AgencyModel)
  @RequirePermission('read', 'Agency')
  agency(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.agencyService.get(ctx, id);
  }

  @Mutation(() => AgencyModel)
  @RequirePermission('create', 'Agency')
  createAgency(@Ctx() ctx: RequestContext, @Args('input') input: CreateAgencyInput) {
    return this.agencyService.create(ctx, input);
  }

  @Mutation(() => AgencyModel)
  @RequirePermission('update', 'Agency')
  updateAgency(@Ctx() ctx: RequestContext, @Args('input') input: UpdateAgencyInput) {
    return this.agencyService.update(ctx, input);
  }
}
