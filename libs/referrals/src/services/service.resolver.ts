import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, IdArg, RequestContext, RequirePermission } from '@waymark/platform';
import { CreateServiceInput, ServicesArgs, UpdateServiceInput } from './dto/service.input';
import { ServiceCatalogue } from './service-catalogue.service';
import { ServiceModel } from './service.model';

@Resolver(() => ServiceModel)
export class ServiceResolver {
  constructor(private readonly catalogue: ServiceCatalogue) {}

  @Query(() => [ServiceModel], { description: 'The catalogue of services, by name: active ones unless includeInactive.' })
  @RequirePermission('read', 'Service')
  services(@Ctx() ctx: RequestContext, @Args() args: ServicesArgs) {
    return this.catalogue.list(ctx, args);
  }

  @Query(() => ServiceModel)
  @RequirePermission('read', 'Service')
  service(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.catalogue.get(ctx, id);
  }

  @Mutation(() => ServiceModel, { description: 'Adds a service to the catalogue (administrators).' })
  @RequirePermission('create', 'Service')
  createService(@Ctx() ctx: RequestContext, @Args('input') input: CreateServiceInput) {
    return this.catalogue.create(ctx, input);
  }

  @Mutation(() => ServiceModel, {
    description: "Changes a service's name, eligibility notes, capacity or self-referral (administrators). Its type and agency never change.",
  })
  @RequirePermission('update', 'Service')
  updateService(@Ctx() ctx: RequestContext, @Args('input') input: UpdateServiceInput) {
    return this.catalogue.update(ctx, input);
  }

  @Mutation(() => ServiceModel, { description: 'Stops a service taking new referrals (administrators); its referrals go on to their outcome.' })
  @RequirePermission('deactivate', 'Service')
  deactivateService(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.catalogue.deactivate(ctx, id);
  }
}
