import { Args, Query, Resolver } from '@nestjs/graphql';
import { ScopeRole } from '@waymark/meetings';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { ReportFiltersInput, SignalsOverviewFiltersInput } from './dto/report-filters.input';
import { ParticipationAuditItemModel, ParticipationAuditModel, ParticipationOutcome } from './participation/participation-audit.model';
import { SocialGradientModel } from './gradient/social-gradient.model';
import { MaracDatasetModel } from './marac/marac-dataset.model';
import { ReferralOutcomesModel } from './referrals/referral-outcomes.model';
import { ReportsService } from './reports.service';
import { RevolvingDoorModel } from './revolving-door/revolving-door.model';
import { SignalsOverviewModel } from './signals/signals-overview.model';
import { OpenSignalsTrendModel, RevolvingDoorTrendModel } from './trends/report-trends.model';

@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Query(() => ParticipationAuditModel, {
    description:
      'Family participation audit for a period (docs/domain.md §6). Managers and MARAC coordinators: their agency, exact. Analysts: any agency, small numbers suppressed.',
  })
  @RequirePermission('read', 'ParticipationReport')
  participationAudit(@Ctx() ctx: RequestContext, @Args('filters') filters: ReportFiltersInput) {
    return this.reports.participationAudit(ctx, filters);
  }

  @Query(() => [ParticipationAuditItemModel], {
    description:
      'The agenda items behind a participation figure that you can read (at most 500), optionally only those where a kind of family member had one outcome.',
  })
  @RequirePermission('drill-down', 'ParticipationReport')
  participationAuditItems(
    @Ctx() ctx: RequestContext,
    @Args('filters') filters: ReportFiltersInput,
    @Args('scopeRole', { type: () => ScopeRole, nullable: true }) scopeRole?: ScopeRole,
    @Args('outcome', { type: () => ParticipationOutcome, nullable: true }) outcome?: ParticipationOutcome,
    @Args('tookPart', {
      type: () => Boolean,
      nullable: true,
      description:
        'Only items where that kind of family member took part in any way (attended, in part, views via an advocate, written views, a separate meeting).',
    })
    tookPart?: boolean,
  ) {
    return this.reports.participationAuditItems(ctx, filters, scopeRole, outcome, tookPart);
  }

  @Query(() => MaracDatasetModel, { description: 'The MARAC dataset for a period (meetingType is ignored: always MARAC).' })
  @RequirePermission('read', 'MaracDataset')
  maracDataset(@Ctx() ctx: RequestContext, @Args('filters') filters: ReportFiltersInput) {
    return this.reports.maracDataset(ctx, filters);
  }

  @Query(() => ReferralOutcomesModel, { description: 'Referral outcomes by service type for referrals submitted in the period (meetingType is ignored).' })
  @RequirePermission('read', 'ReferralOutcomesReport')
  referralOutcomes(@Ctx() ctx: RequestContext, @Args('filters') filters: ReportFiltersInput) {
    return this.reports.referralOutcomes(ctx, filters);
  }

  @Query(() => RevolvingDoorModel, { description: 'Revolving door and closures for a period (meetingType is ignored).' })
  @RequirePermission('read', 'RevolvingDoorReport')
  revolvingDoor(@Ctx() ctx: RequestContext, @Args('filters') filters: ReportFiltersInput) {
    return this.reports.revolvingDoor(ctx, filters);
  }

  @Query(() => SocialGradientModel, { description: 'Assessment, CIN and CP rates by deprivation decile and ethnicity (meetingType is ignored).' })
  @RequirePermission('read', 'SocialGradientReport')
  socialGradient(@Ctx() ctx: RequestContext, @Args('filters') filters: ReportFiltersInput) {
    return this.reports.socialGradient(ctx, filters);
  }

  @Query(() => SignalsOverviewModel, { description: 'Open risk signals by kind and age, today.' })
  @RequirePermission('read', 'SignalsReport')
  signalsOverview(@Ctx() ctx: RequestContext, @Args('filters', { nullable: true }) filters?: SignalsOverviewFiltersInput) {
    return this.reports.signalsOverview(ctx, filters ?? {});
  }

  @Query(() => RevolvingDoorTrendModel, {
    description: 'The revolving-door figures month by month over the period (meetingType is ignored); same access and suppression as revolvingDoor.',
  })
  @RequirePermission('read', 'RevolvingDoorReport')
  revolvingDoorTrend(@Ctx() ctx: RequestContext, @Args('filters') filters: ReportFiltersInput) {
    return this.reports.revolvingDoorTrend(ctx, filters);
  }

  @Query(() => OpenSignalsTrendModel, {
    description:
      'Risk signals open at the end of each month of the period, and first raised in it (meetingType is ignored); same access and suppression as signalsOverview.',
  })
  @RequirePermission('read', 'SignalsReport')
  openSignalsTrend(@Ctx() ctx: RequestContext, @Args('filters') filters: ReportFiltersInput) {
    return this.reports.openSignalsTrend(ctx, filters);
  }
}
