import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { UpdateEpisodeApprovalSettingsInput } from './dto/update-episode-approval-settings.input';
import { EpisodeApprovalSettingModel } from './episode-approval-setting.model';
import { EpisodeApprovalSettingsService } from './episode-approval-settings.service';

@Resolver(() => EpisodeApprovalSettingModel)
export class EpisodeApprovalSettingsResolver {
  constructor(private readonly settings: EpisodeApprovalSettingsService) {}

  @Query(() => [EpisodeApprovalSettingModel], { description: "Which levels close or step down only with a manager's approval." })
  @RequirePermission('read', 'EpisodeApprovalSetting')
  episodeApprovalSettings(@Ctx() ctx: RequestContext) {
    return this.settings.list(ctx);
  }

  @Mutation(() => [EpisodeApprovalSettingModel], { description: "Says, level by level, whether closing or stepping down needs a manager's approval." })
  @RequirePermission('update', 'EpisodeApprovalSetting')
  updateEpisodeApprovalSettings(@Ctx() ctx: RequestContext, @Args('input') input: UpdateEpisodeApprovalSettingsInput) {
    return this.settings.update(ctx, input);
  }
}
