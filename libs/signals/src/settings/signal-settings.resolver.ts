import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { UpdateSignalSettingsInput } from './dto/update-signal-settings.input';
import { SignalSettingModel } from './signal-setting.model';
import { SignalSettingsService } from './signal-settings.service';

@Resolver(() => SignalSettingModel)
export class SignalSettingsResolver {
  constructor(private readonly settings: SignalSettingsService) {}

  @Query(() => [SignalSettingModel], { description: 'The thresholds the risk signals read.' })
  @RequirePermission('read', 'SignalSetting')
  signalSettings(@Ctx() ctx: RequestContext) {
    return this.settings.list(ctx);
  }

  @Mutation(() => [SignalSettingModel], { description: 'Changes thresholds (each within its range); every family is then re-evaluated.' })
  @RequirePermission('update', 'SignalSetting')
  updateSignalSettings(@Ctx() ctx: RequestContext, @Args('input') input: UpdateSignalSettingsInput) {
    return this.settings.update(ctx, input);
  }
}
