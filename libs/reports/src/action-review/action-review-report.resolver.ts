import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import { ReportFiltersInput } from '../dto/report-filters.input';
import { ReportScopeService } from '../report-scope.service';
import { ActionReviewReportModel } from './action-review-report.model';
import { ActionReviewReport } from './action-review.report';

@Resolver()
export class ActionReviewReportResolver {
  constructor(
    private readonly scopes: ReportScopeService,
    private readonly report: ActionReviewReport,
  ) {}

  @Query(() => ActionReviewReportModel, {
    description:
      'MARAC actions completed on time, late and not done, by owning agency, for actions agreed at MARACs held in the period (meetingType and teamId are ignored). ' +
      'Coordinators and managers: the MARACs their agency organises, exact. Analysts: any agency, small numbers suppressed.',
  })
  @RequirePermission('read', 'ActionReviewReport')
  async actionReviewReport(@Ctx() ctx: RequestContext, @Args('filters') filters: ReportFiltersInput) {
    return this.report.run(ctx, await this.scopes.resolve(ctx, 'ActionReviewReport', filters));
  }
}
