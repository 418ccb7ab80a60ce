import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import type { Response } from 'express';
import { SocialGradientReport } from '../gradient/social-gradient.report';
import { MaracDatasetReport } from '../marac/marac-dataset.report';
import { ParticipationAuditReport } from '../participation/participation-audit.report';
import { ReferralOutcomesReport } from '../referrals/referral-outcomes.report';
import { ReportScopeService } from '../report-scope.service';
import { RevolvingDoorReport } from '../revolving-door/revolving-door.report';
import { SignalsOverviewReport } from '../signals/signals-overview.report';
import {
  GRADIENT_CSV_COLUMNS,
  gradientCsvRows,
  MARAC_CSV_COLUMNS,
  maracCsvRows,
  PARTICIPATION_CSV_COLUMNS,
  participationCsvRows,
  REFERRAL_CSV_COLUMNS,
  referralCsvRows,
  REVOLVING_DOOR_CSV_COLUMNS,
  revolvingDoorCsvRows,
  SIGNALS_CSV_COLUMNS,
  signalsCsvRows,
} from './aggregate-csv';
import { CIN_CENSUS_COLUMNS, cinCensusQuery } from './cin-census.export';
import { CsvStreamService } from './csv-stream.service';
import { ExportErrorFilter } from './export-error.filter';
import { ParticipationExportQuery, PeriodExportQuery, SignalsExportQuery } from './export-query.dto';

/**
 * CSV exports over HTTP (`Authorization: Bearer …`), behind the same AccessGuard as GraphQL.
 * Aggregate exports are always suppressed, whoever asks: a file travels further than a screen.
 */
@Controller('exports')
@UseFilters(ExportErrorFilter)
export class ExportsController {
  constructor(
    private readonly scopes: ReportScopeService,
    private readonly csv: CsvStreamService,
    private readonly participation: ParticipationAuditReport,
    private readonly signals: SignalsOverviewReport,
    private readonly marac: MaracDatasetReport,
    private readonly referrals: ReferralOutcomesReport,
    private readonly revolving: RevolvingDoorReport,
    private readonly gradient: SocialGradientReport,
  ) {}

  @Get('participation-audit.csv')
  @RequirePermission('export', 'ParticipationReport')
  async participationAudit(@Ctx() ctx: RequestContext, @Query() query: ParticipationExportQuery, @Res() res: Response): Promise<void> {
    const scope = await this.scopes.resolve(ctx, 'ParticipationReport', { period: { from: query.from, to: query.to }, ...query }, { export: true });
    const report = await this.participation.run(ctx, scope);
    await this.csv.sendRows(
      ctx,
      res,
      { name: 'participation-audit', filename: `participation-audit-${query.from}-${query.to}.csv`, columns: PARTICIPATION_CSV_COLUMNS, filters: { ...query } },
      participationCsvRows(report),
    );
  }

  @Get('marac-dataset.csv')
  @RequirePermission('export', 'MaracDataset')
  async maracDataset(@Ctx() ctx: RequestContext, @Query() query: PeriodExportQuery, @Res() res: Response): Promise<void> {
    const scope = await this.scopes.resolve(ctx, 'MaracDataset', { period: { from: query.from, to: query.to }, ...query }, { export: true });
    const report = await this.marac.run(ctx, scope);
    await this.csv.sendRows(
      ctx,
      res,
      { name: 'marac-dataset', filename: `marac-dataset-${query.from}-${query.to}.csv`, columns: MARAC_CSV_COLUMNS, filters: { ...query } },
      maracCsvRows(report),
    );
  }

  @Get('referral-outcomes.csv')
  @RequirePermission('export', 'ReferralOutcomesReport')
  async referralOutcomes(@Ctx() ctx: RequestContext, @Query() query: PeriodExportQuery, @Res() res: Response): Promise<void> {
    const scope = await this.scopes.resolve(ctx, 'ReferralOutcomesReport', { period: { from: query.from, to: query.to }, ...query }, { export: true });
    const report = await this.referrals.run(ctx, scope);
    await this.csv.sendRows(
      ctx,
      res,
      { name: 'referral-outcomes', filename: `referral-outcomes-${query.from}-${query.to}.csv`, columns: REFERRAL_CSV_COLUMNS, filters: { ...query } },
      referralCsvRows(report),
    );
  }

  @Get('revolving-door.csv')
  @RequirePermission('export', 'RevolvingDoorReport')
  async revolvingDoor(@Ctx() ctx: RequestContext, @Query() query: PeriodExportQuery, @Res() res: Response): Promise<void> {
    const scope = await this.scopes.resolve(ctx, 'RevolvingDoorReport', { period: { from: query.from, to: query.to }, ...query }, { export: true });
    const report = await this.revolving.run(ctx, scope);
    await this.csv.sendRows(
      ctx,
      res,
      { name: 'revolving-door', filename: `revolving-door-${query.from}-${query.to}.csv`, columns: REVOLVING_DOOR_CSV_COLUMNS, filters: { ...query } },
      revolvingDoorCsvRows(report),
    );
  }

  @Get('social-gradient.csv')
  @RequirePermission('export', 'SocialGradientReport')
  async socialGradient(@Ctx() ctx: RequestContext, @Query() query: PeriodExportQuery, @Res() res: Response): Promise<void> {
    const scope = await this.scopes.resolve(ctx, 'SocialGradientReport', { period: { from: query.from, to: query.to }, ...query }, { export: true });
    const report = await this.gradient.run(ctx, scope);
    await this.csv.sendRows(
      ctx,
      res,
      { name: 'social-gradient', filename: `social-gradient-${query.from}-${query.to}.csv`, columns: GRADIENT_CSV_COLUMNS, filters: { ...query } },
      gradientCsvRows(report),
    );
  }

  @Get('signals-overview.csv')
  @RequirePermission('export', 'SignalsReport')
  async signalsOverview(@Ctx() ctx: RequestContext, @Query() query: SignalsExportQuery, @Res() res: Response): Promise<void> {
    const scope = await this.scopes.resolve(ctx, 'SignalsReport', query, { export: true });
    const report = await this.signals.run(ctx, scope);
    await this.csv.sendRows(
      ctx,
      res,
      { name: 'signals-overview', filename: 'signals-overview.csv', columns: SIGNALS_CSV_COLUMNS, filters: { ...query } },
      signalsCsvRows(report),
    );
  }

  /** Per child episode, so only for a manager, and only their own agency's families (the scope forces it). */
  @Get('cin-census.csv')
  @RequirePermission('export', 'CinCensus')
  async cinCensus(@Ctx() ctx: RequestContext, @Query() query: PeriodExportQuery, @Res() res: Response): Promise<void> {
    const scope = await this.scopes.resolve(ctx, 'CinCensus', { period: { from: query.from, to: query.to }, ...query }, { export: true });
    await this.csv.streamQuery(
      ctx,
      res,
      { name: 'cin-census', filename: `cin-census-${query.from}-${query.to}.csv`, columns: CIN_CENSUS_COLUMNS, filters: { ...query } },
      cinCensusQuery(scope),
    );
  }
}
