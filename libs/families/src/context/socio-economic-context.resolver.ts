import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { FamilyEntity } from '../families/family.entity';
import { FamilyModel } from '../families/family.model';
import { RecordSocioEconomicContextInput } from './dto/record-socio-economic-context.input';
import { SocioEconomicContextModel } from './socio-economic-context.model';
import { SocioEconomicContextService } from './socio-economic-context.service';

@Resolver(() => SocioEconomicContextModel)
export class SocioEconomicContextResolver {
  constructor(private readonly contexts: SocioEconomicContextService) {}

  @Mutation(() => SocioEconomicContextModel, { description: "Records the family's circumstances as known on a date; earlier records are kept." })
  @RequirePermission('update', 'Family')
  recordSocioEconomicContext(@Ctx() ctx: RequestContext, @Args('input') input: RecordSocioEconomicContextInput) {
    return this.contexts.record(ctx, input);
  }
}

/** Adds `Family.socioEconomicContext`: seen by whoever can see the family. */
@Resolver(() => FamilyModel)
export class FamilySocioEconomicContextResolver {
  constructor(private readonly contexts: SocioEconomicContextService) {}

  @ResolveField(() => [SocioEconomicContextModel], { description: 'Newest first; the first is the current context.' })
  socioEconomicContext(@Ctx() ctx: RequestContext, @Parent() family: FamilyEntity) {
    return this.contexts.forFamily(ctx, family.id);
  }
}
