import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory, AccessModule } from '@waymark/access';
import { ExportsController } from './exports/exports.controller';
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
  controllers: [ExportsController],
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
  ],
})
export class ReportsModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(reportPermissions);
  }
}
