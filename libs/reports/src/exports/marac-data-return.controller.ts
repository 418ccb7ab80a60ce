import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import type { Response } from 'express';
import { DATA_RETURN_COLUMNS, MaracDataReturn } from '../marac/marac-data-return';
import { ReportScopeService } from '../report-scope.service';
import { CsvStreamService } from './csv-stream.service';
import { ExportErrorFilter } from './export-error.filter';
import { PeriodExportQuery } from './export-query.dto';

/**
 * The SafeLives MARAC data return as CSV. Unlike the other aggregate exports, the coordinator's (and
 * manager's) return for their own MARAC is exact, because it is what they send to SafeLives, who
 * publish it suppressed; an analyst's is always suppressed, a hidden figure reading "fewer than 5".
 */
@Controller('exports')
@UseFilters(ExportErrorFilter)
export class MaracDataReturnController {
  constructor(
    private readonly scopes: ReportScopeService,
    private readonly csv: CsvStreamService,
    private readonly dataReturn: MaracDataReturn,
  ) {}

  @Get('marac-data-return.csv')
  @RequirePermission('export', 'MaracDataset')
  async maracDataReturn(@Ctx() ctx: RequestContext, @Query() query: PeriodExportQuery, @Res() res: Response): Promise<void> {
    const scope = await this.scopes.resolve(ctx, 'MaracDataset', { period: { from: query.from, to: query.to }, ...query });
    const row = await this.dataReturn.row(ctx, scope);
    await this.csv.sendRows(
      ctx,
      res,
      {
        name: 'marac-data-return',
        filename: `marac-data-return-${query.from}-${query.to}.csv`,
        columns: DATA_RETURN_COLUMNS,
        filters: { ...query, suppressed: scope.suppress },
      },
      [row],
    );
  }
}
