import { ReportScope } from './report-scope.service';

/** Positional parameters for hand-written report SQL: `sql.param(value)` gives `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Agenda items in scope: meetings held or scheduled (not cancelled) on a day in the period (UTC, as
 * meeting dates are elsewhere), organised by the agency in scope, of the meeting type chosen, about
 * families currently allocated to the team chosen.
 */
export function agendaItemsInScope(scope: ReportScope, sql: SqlParams): string {
  return `SELECT ai.id, ai.meeting_id, ai.family_id, m.type AS meeting_type, (m.starts_at AT TIME ZONE 'UTC')::date AS held_on
            FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
           WHERE m.status <> 'CANCELLED'
             AND (m.starts_at AT TIME ZONE 'UTC')::date BETWEEN ${sql.param(scope.from)}::date AND ${sql.param(scope.to)}::date
             AND (${sql.param(scope.agencyId)}::uuid IS NULL OR ai.organising_agency_id = $${sql.values.length})
             AND (${sql.param(scope.meetingType)}::text IS NULL OR m.type = $${sql.values.length})
             AND ${familyInTeam('ai.family_id', scope, sql)}`;
}

/** Families currently allocated to the team in scope (TRUE when no team is chosen). */
export function familyInTeam(familyColumn: string, scope: ReportScope, sql: SqlParams): string {
  if (!scope.teamId) return 'TRUE';
  return `EXISTS (SELECT 1 FROM family_allocation fa WHERE fa.family_id = ${familyColumn} AND fa.ended_on IS NULL AND fa.team_id = ${sql.param(scope.teamId)})`;
}
