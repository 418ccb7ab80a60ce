import { Injectable } from '@nestjs/common';
import { ScopeRole } from '@waymark/meetings';
import { BadUserInputError, RequestContext } from '@waymark/platform';
import { ReportFiltersInput, SignalsOverviewFiltersInput } from './dto/report-filters.input';
import { SocialGradientReport } from './gradient/social-gradient.report';
import { MaracDatasetReport } from './marac/marac-dataset.report';
import { ParticipationAuditItems } from './participation/participation-audit-items';
import { ParticipationOutcome } from './participation/participation-audit.model';
import { ParticipationAuditReport } from './participation/participation-audit.report';
import { ReferralOutcomesReport } from './referrals/referral-outcomes.report';
import { ReportScopeService } from './report-scope.service';
import { RevolvingDoorReport } from './revolving-door/revolving-door.report';
import { SignalsOverviewReport } from './signals/signals-overview.report';
import { OpenSignalsTrendReport } from './trends/open-signals-trend.report';
import { RevolvingDoorTrendReport } from './trends/revolving-door-trend.report';

/** Resolves the caller's scope for each report, then runs it. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly scopes: ReportScopeService,
    private readonly participation: ParticipationAuditReport,
    private readonly participationItems: ParticipationAuditItems,
    private readonly signals: SignalsOverviewReport,
    private readonly marac: MaracDatasetReport,
    private readonly referrals: ReferralOutcomesReport,
    private readonly revolving: RevolvingDoorReport,
    private readonly gradient: SocialGradientReport,
    private readonly revolvingTrend: RevolvingDoorTrendReport,
    private readonly signalsTrend: OpenSignalsTrendReport,
  ) {}

  async participationAudit(ctx: RequestContext, filters: ReportFiltersInput) {
    return this.participation.run(ctx, await this.scopes.resolve(ctx, 'ParticipationReport', filters));
  }

  async participationAuditItems(ctx: RequestContext, filters: ReportFiltersInput, scopeRole?: ScopeRole, outcome?: ParticipationOutcome, tookPart?: boolean) {
    if ((outcome || tookPart) && !scopeRole) throw BadUserInputError.field('scopeRole', 'say which kind of family member the outcome is about.');
    if (outcome && tookPart) throw BadUserInputError.field('tookPart', 'give either one outcome or tookPart, not both.');
    const scope = await this.scopes.resolve(ctx, 'ParticipationReport', filters);
    return this.participationItems.list(ctx, scope, scopeRole ? { scopeRole, outcome, tookPart } : undefined);
  }

  async maracDataset(ctx: RequestContext, filters: ReportFiltersInput) {
    return this.marac.run(ctx, await this.scopes.resolve(ctx, 'MaracDataset', filters));
  }

  async referralOutcomes(ctx: RequestContext, filters: ReportFiltersInput) {
    return this.referrals.run(ctx, await this.scopes.resolve(ctx, 'ReferralOutcomesReport', filters));
  }

  async revolvingDoor(ctx: RequestContext, filters: ReportFiltersInput) {
    return this.revolving.run(ctx, await this.scopes.resolve(ctx, 'RevolvingDoorReport', filters));
  }

  async socialGradient(ctx: RequestContext, filters: ReportFiltersInput) {
    return this.gradient.run(ctx, await this.scopes.resolve(ctx, 'SocialGradientReport', filters));
  }

  async signalsOverview(ctx: RequestContext, filters: SignalsOverviewFiltersInput) {
    return this.signals.run(ctx, await this.scopes.resolve(ctx, 'SignalsReport', filters));
  }

  async revolvingDoorTrend(ctx: RequestContext, filters: ReportFiltersInput) {
    return this.revolvingTrend.run(ctx, await this.scopes.resolve(ctx, 'RevolvingDoorReport', filters));
  }

  async openSignalsTrend(ctx: RequestContext, filters: ReportFiltersInput) {
    return this.signalsTrend.run(ctx, await this.scopes.resolve(ctx, 'SignalsReport', filters));
  }
}
