import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { CreateTeamInput } from './dto/create-team.input';
import { TeamsArgs } from './dto/teams.args';
import { TeamModel } from './team.model';
import { TeamService } from './team.service';

@Resolver(() => TeamModel)
export class TeamResolver {
  constructor(private readonly teamService: TeamService) {}

  @Query(() => [TeamModel])
  @RequirePermission('read', 'Team')
  teams(@Ctx() ctx: RequestContext, @Args() args: TeamsArgs) {
    return this.teamService.list(ctx, args.agencyId);
  }

  @Mutation(() => TeamModel)
  @RequirePermission('create', 'Team')
  createTeam(@Ctx() ctx: RequestContext, @Args('input') input: CreateTeamInput) {
    return this.teamService.create(ctx, input);
  }
}
