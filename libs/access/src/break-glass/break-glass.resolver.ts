import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, EntityLoader, RequestContext, RequirePermission } from '@waymark/platform';
import { UserModel } from '../users/user.model';
import { UserEntity } from '../users/user.entity';
import { BreakGlassGrantEntity } from './break-glass-grant.entity';
import { BreakGlassGrantConnection, BreakGlassGrantModel } from './break-glass-grant.model';
import { BreakGlassService } from './break-glass.service';
import { BreakGlassGrantsArgs } from './dto/break-glass-grants.args';
import { RequestBreakGlassAccessInput } from './dto/request-break-glass-access.input';

@Resolver(() => BreakGlassGrantModel)
export class BreakGlassResolver {
  constructor(
    private readonly breakGlass: BreakGlassService,
    private readonly loader: EntityLoader,
  ) {}

  @Mutation(() => BreakGlassGrantModel, {
    description: 'Time-limited access to one record outside your normal scope. Audited and reported to your managers.',
  })
  @RequirePermission('request', 'BreakGlassGrant', { refusal: 'Break-glass is for those who work on cases: administrators and analysts see no case records.' })
  requestBreakGlassAccess(@Ctx() ctx: RequestContext, @Args('input') input: RequestBreakGlassAccessInput) {
    return this.breakGlass.request(ctx, input);
  }

  @Query(() => BreakGlassGrantConnection, { description: "Your own grants; for managers, also their agency's." })
  @RequirePermission('read', 'BreakGlassGrant')
  breakGlassGrants(@Ctx() ctx: RequestContext, @Args() args: BreakGlassGrantsArgs) {
    return this.breakGlass.list(ctx, args);
  }

  @ResolveField(() => Boolean)
  active(@Parent() grant: BreakGlassGrantEntity) {
    return grant.expiresAt.getTime() > Date.now();
  }

  @ResolveField(() => UserModel)
  user(@Ctx() ctx: RequestContext, @Parent() grant: BreakGlassGrantEntity) {
    return this.loader.byId(ctx, UserEntity, grant.userId);
  }
}
