import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { MaracCriteriaArgs } from './dto/marac-criteria.args';
import { MaracCriteriaModel } from './marac-criteria.model';
import { MaracCriteriaService } from './marac-criteria.service';

@Resolver(() => MaracCriteriaModel)
export class MaracResolver {
  constructor(private readonly criteria: MaracCriteriaService) {}

  /** For those who refer to or run a MARAC (marac.permissions.ts), about a victim they may see (checked in the service). */
  @Query(() => MaracCriteriaModel, { description: 'Which MARAC referral criteria hold for an adult victim on a date, each with its evidence.' })
  @RequirePermission('assess', 'MaracCriteria')
  maracCriteria(@Ctx() ctx: RequestContext, @Args() args: MaracCriteriaArgs) {
    return this.criteria.forVictim(ctx, args.victimId, args.asOf);
  }
}
