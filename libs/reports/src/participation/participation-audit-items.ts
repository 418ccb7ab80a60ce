import { Injectable } from '@nestjs/common';
import { abilityOf, applyAccessFilter } from '@waymark/access';
import { AgendaItemEntity, MeetingEntity, ScopeRole } from '@waymark/meetings';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { ReportScope } from '../report-scope.service';
import { ParticipationAuditItemModel, ParticipationOutcome, TOOK_PART } from './participation-audit.model';

export const MAX_DRILL_DOWN_ITEMS = 500;

/**
 * The agenda items behind a participation figure, filtered in SQL by the same rule that governs
 * reading agenda items anywhere else, so a drill-down never shows an item its reader could not open.
 */
@Injectable()
export class ParticipationAuditItems {
  constructor(private readonly db: TransactionalConnection) {}

  async list(
    ctx: RequestContext,
    scope: ReportScope,
    member?: { scopeRole: ScopeRole; outcome?: ParticipationOutcome | null; tookPart?: boolean | null },
  ): Promise<ParticipationAuditItemModel[]> {
    const query = this.db
      .repository(ctx, AgendaItemEntity)
      .createQueryBuilder('item')
      .innerJoin(MeetingEntity, 'meeting', 'meeting.id = item.meetingId')
      .innerJoin('family', 'family', 'family.id = item.familyId')
      .select('item.id', 'agendaItemId')
      .addSelect('item.meetingId', 'meetingId')
      .addSelect('meeting.type', 'meetingType')
      .addSelect(`to_char((meeting.startsAt AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD')`, 'heldOn')
      .addSelect('item.familyId', 'familyId')
      .addSelect('family.name', 'familyName')
      .where(`meeting.status <> 'CANCELLED'`)
      .andWhere(`(meeting.startsAt AT TIME ZONE 'UTC')::date BETWEEN :from::date AND :to::date`, { from: scope.from, to: scope.to });
    if (scope.agencyId) query.andWhere('item.organisingAgencyId = :agencyId', { agencyId: scope.agencyId });
    if (scope.meetingType) query.andWhere('meeting.type = :meetingType', { meetingType: scope.meetingType });
    if (scope.teamId) {
      query.andWhere('EXISTS (SELECT 1 FROM family_allocation fa WHERE fa.family_id = item.family_id AND fa.ended_on IS NULL AND fa.team_id = :teamId)', {
        teamId: scope.teamId,
      });
    }
    if (member) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM agenda_item_person aip
                   LEFT JOIN participation p ON p.agenda_item_id = aip.agenda_item_id AND p.person_id = aip.person_id
                  WHERE aip.agenda_item_id = item.id AND aip.scope_role = :scopeRole
                    AND (:outcomes::text[] IS NULL OR coalesce(p.participation, 'NOT_RECORDED') = ANY(:outcomes::text[])))`,
        { scopeRole: member.scopeRole, outcomes: member.tookPart ? TOOK_PART : member.outcome ? [member.outcome] : null },
      );
    }
    applyAccessFilter(query, abilityOf(ctx), 'read', 'AgendaItem');
    return query.orderBy('meeting.startsAt', 'ASC').addOrderBy('item.position', 'ASC').limit(MAX_DRILL_DOWN_ITEMS).getRawMany();
  }
}
