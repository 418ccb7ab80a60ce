import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory, AccessModule } from '@waymark/access';
import { ActionReviewReportResolver } from './action-review/action-review-report.resolver';
import { ActionReviewReport } from './action-review/action-review.report';
import { ExportsController } from './exports/exports.controller';
import { MaracDataReturnController } from './exports/marac-data-return.controller';
import { MaracDataReturn } from './marac/marac-data-return';
import { CsvStreamService } from './exports/csv-stream.service';
import { SocialGradientReport } from './gradient/social-gradient.report';
import { MaracDatasetReport } from './marac/marac-dataset.report';
import { ParticipationAuditItems } from './participation/participation-audit-items';
import { ParticipationAuditReport } from './participation/participation-audit.report';
import { ReferralOutcomesReport } from './referrals/referral-outcomes.report';
import { ReportScopeService } from './report-scope.service';
import { reportPermissions } from './reports.permissions';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { RevolvingDoorReport } from './revolving-door/revolving-door.report';
import { SignalsOverviewReport } from './signals/signals-overview.report';
import { OpenSignalsTrendReport } from './trends/open-signals-trend.report';
import { RevolvingDoorTrendReport } from './trends/revolving-door-trend.report';

/** Manager and analyst reports (with small-number suppression) and CSV exports, including the CIN census. */
@Module({
  imports: [AccessModule],
  controllers: [ExportsController, MaracDataReturnController],
  providers: [
    ReportScopeService,
    ReportsService,
    ReportsResolver,
    ParticipationAuditReport,
    ParticipationAuditItems,
    SignalsOverviewReport,
    MaracDatasetReport,
    ReferralOutcomesReport,
    RevolvingDoorReport,
    SocialGradientReport,
    RevolvingDoorTrendReport,
    OpenSignalsTrendReport,
    CsvStreamService,
    MaracDataReturn,
    ActionReviewReport,
    ActionReviewReportResolver,
  ],
})
export class ReportsModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(reportPermissions);
  }
}
