import { Injectable } from '@nestjs/common';
import { hasRole, Role } from '@waymark/access';
import { EXACT_FIGURES_FOR, ReportName } from './reports.permissions';
import { BadUserInputError, ForbiddenError, NotFoundError, RequestContext, TransactionalConnection } from '@waymark/platform';

/** Whose figures a report shows, and whether small numbers must be hidden. */
export interface ReportScope {
  from: string | null;
  to: string | null;
  /** Organising agency (meetings) or owning agency (families) counted; null for partnership-wide. */
  agencyId: string | null;
  teamId: string | null;
  meetingType: string | null;
  /** Analysts, and every aggregate export, see suppressed figures. */
  suppress: boolean;
  /** Managers and coordinators may open the records behind a figure; analysts never. */
  mayDrillDown: boolean;
}

export interface ScopeRequest {
  period?: { from: string; to: string };
  agencyId?: string | null;
  teamId?: string | null;
  meetingType?: string | null;
}

export const MAX_PERIOD_YEARS = 5;

/**
 * Turns a caller and their filters into a scope for one report. Whoever holds a role that sees the
 * report's exact figures (EXACT_FIGURES_FOR: managers for every report, MARAC coordinators for the
 * participation audit and MARAC dataset) reports on their own agency only, since they can already
 * read those records; an analyst reports on any agency or the whole partnership, always suppressed.
 * A caller with both kinds of role gets the narrower, record-level view where their role gives it,
 * and the analyst's suppressed view elsewhere.
 */
@Injectable()
export class ReportScopeService {
  constructor(private readonly db: TransactionalConnection) {}

  async resolve(ctx: RequestContext, report: ReportName | 'CinCensus', request: ScopeRequest, options: { export?: boolean } = {}): Promise<ReportScope> {
    const actor = ctx.actor!;
    if (request.period) validatePeriod(request.period.from, request.period.to);
    const ownAgencyOnly = hasRole(actor.roles, ...(report === 'CinCensus' ? [Role.MANAGER] : EXACT_FIGURES_FOR[report]));

    if (request.agencyId) {
      const [agency] = await this.db.manager(ctx).query(`SELECT id FROM agency WHERE id = $1`, [request.agencyId]);
      if (!agency) throw new NotFoundError('agencyId: no agency has that id.');
      if (ownAgencyOnly && request.agencyId !== actor.agencyId) {
        throw new ForbiddenError("agencyId: you can report only on your own agency's records.");
      }
    }
    const agencyId = ownAgencyOnly ? actor.agencyId : (request.agencyId ?? null);

    if (request.teamId) {
      const [team] = await this.db.manager(ctx).query(`SELECT agency_id AS "agencyId" FROM team WHERE id = $1`, [request.teamId]);
      if (!team) throw new NotFoundError('teamId: no team has that id.');
      if (agencyId && team.agencyId !== agencyId) {
        if (ownAgencyOnly) throw new ForbiddenError("teamId: you can report only on your own agency's teams.");
        throw BadUserInputError.field('teamId', 'that team does not belong to the agency chosen.');
      }
    }

    return {
      from: request.period?.from ?? null,
      to: request.period?.to ?? null,
      agencyId,
      teamId: request.teamId ?? null,
      meetingType: request.meetingType ?? null,
      suppress: !ownAgencyOnly || !!options.export,
      mayDrillDown: ownAgencyOnly,
    };
  }
}

/** A period must run forwards and span at most MAX_PERIOD_YEARS (larger windows are a bulk extract, not a report). */
export function validatePeriod(from: string, to: string): void {
  if (to < from) throw BadUserInputError.field('period.to', `the period ends (${to}) before it starts (${from}).`);
  const [year, month, day] = from.split('-').map(Number);
  const limit = new Date(Date.UTC(year + MAX_PERIOD_YEARS, month - 1, day)).toISOString().slice(0, 10);
  if (to >= limit) throw BadUserInputError.field('period', `a report can cover at most ${MAX_PERIOD_YEARS} years; choose a shorter period.`);
}
