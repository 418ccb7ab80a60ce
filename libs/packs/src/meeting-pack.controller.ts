import { Controller, Get, Param, ParseUUIDPipe, Query, Res, UseFilters } from '@nestjs/common';
import { Ctx, RequestContext, RequirePermission } from '@waymark/platform';
import type { Response } from 'express';
import { PackQuery } from './dto/pack-query.dto';
import { MeetingPackService, RenderedPack } from './meeting-pack.service';
import { PackErrorFilter } from './pack-error.filter';

/**
 * A meeting's documents as PDF, beside the CSV exports (`Authorization: Bearer …`, the same guard and
 * rate limit): GET /exports/meetings/:id/pack.pdf?agencyId=… and …/minutes.pdf?agencyId=….
 */
@Controller('exports/meetings')
@UseFilters(PackErrorFilter)
export class MeetingPackController {
  constructor(private readonly packs: MeetingPackService) {}

  @Get(':meetingId/pack.pdf')
  @RequirePermission('read', 'Meeting')
  async pack(@Ctx() ctx: RequestContext, @Param('meetingId', ParseUUIDPipe) meetingId: string, @Query() query: PackQuery, @Res() res: Response): Promise<void> {
    send(res, await this.packs.render(ctx, 'pack', meetingId, query.agencyId));
  }

  @Get(':meetingId/minutes.pdf')
  @RequirePermission('read', 'Meeting')
  async minutes(
    @Ctx() ctx: RequestContext,
    @Param('meetingId', ParseUUIDPipe) meetingId: string,
    @Query() query: PackQuery,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.packs.render(ctx, 'minutes', meetingId, query.agencyId));
  }
}

function send(res: Response, rendered: RenderedPack): void {
  res.status(200);
  res.setHeader('Content-Type', 'application/pdf');
  res.setHeader('Content-Disposition', `attachment; filename="${rendered.filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.end(rendered.pdf);
}
