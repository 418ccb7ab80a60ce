import { Injectable } from '@nestjs/common';
import { abilityOf, applyAccessFilter, assertCan } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, ConflictError, NotFoundError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import DataLoader from 'dataloader';
import { AgendaItemEntity } from '../agenda/agenda-item.entity';
import { MeetingStatus, MeetingType, meetingDate } from '../meeting-kinds';
import { MeetingAgencyEntity, MeetingEntity } from '../meetings/meeting.entity';
import { MeetingService } from '../meetings/meeting.service';
import { AgencyResearchEntity } from './agency-research.entity';
import { MeetingResearchStatusModel } from './agency-research.model';
import { RecordAgencyResearchInput } from './dto/record-agency-research.input';

type ResearchText = 'victimFacts' | 'personCausingHarmFacts' | 'childrenFacts' | 'professionalOpinion' | 'notShared' | 'notSharedReason';
const TEXT_FIELDS: ResearchText[] = ['victimFacts', 'personCausingHarmFacts', 'childrenFacts', 'professionalOpinion', 'notShared', 'notSharedReason'];
const FACT_FIELDS: ResearchText[] = ['victimFacts', 'personCausingHarmFacts', 'childrenFacts'];

const NOT_ON_YOUR_AGENDA = 'agendaItemId: no case on the agenda of a MARAC your agency is invited to has that id.';

/** The SafeLives research form: each invited agency's research on each MARAC case, and who has done it. */
@Injectable()
export class AgencyResearchService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly meetings: MeetingService,
  ) {}

  async record(ctx: RequestContext, input: RecordAgencyResearchInput): Promise<AgencyResearchEntity> {
    const agencyId = ctx.actor!.agencyId;
    const item = await this.db.repository(ctx, AgendaItemEntity).findOneBy({ id: input.agendaItemId });
    // Locked: research is not recorded on a meeting being marked held at the same moment.
    const meeting = item
      ? await this.db.repository(ctx, MeetingEntity).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id: item.meetingId }).getOne()
      : null;
    const invited = meeting && (await this.db.repository(ctx, MeetingAgencyEntity).existsBy({ meetingId: meeting.id, agencyId }));
    if (!item || !meeting || !invited || meeting.type !== MeetingType.MARAC) throw new NotFoundError(NOT_ON_YOUR_AGENDA);
    await assertCan(ctx, 'record', 'AgencyResearch', { agencyId }, "Your agency's representative records its research for a MARAC.");
    if (meeting.status === MeetingStatus.CANCELLED) throw new ConflictError('This MARAC was cancelled; its cases go to the next one, so research them there.');
    if (meeting.status === MeetingStatus.HELD) throw new ConflictError('This MARAC has been held; research is recorded before the meeting.');
    if (input.researchedOn > today()) throw BadUserInputError.field('researchedOn', 'cannot be in the future');
    if (input.researchedOn > meetingDate(meeting.startsAt))
      throw BadUserInputError.field('researchedOn', `is after the meeting (${meetingDate(meeting.startsAt)}); research is done before it`);

    const repository = this.db.repository(ctx, AgencyResearchEntity);
    const earlier = await repository.findOneBy({ agendaItemId: item.id, agencyId });
    const text = {} as Record<ResearchText, string | null>;
    for (const field of TEXT_FIELDS) {
      // Left out keeps what was recorded (a field the caller may not see is never wiped by omission).
      text[field] = input[field] === undefined ? (earlier?.[field] ?? null) : input[field]?.trim() || null;
    }
    this.assertConsistent(input.holdsRecords, text);
    const research = await repository.save({
      ...(earlier ?? {}),
      agendaItemId: item.id,
      meetingId: meeting.id,
      familyId: item.familyId,
      organisingAgencyId: meeting.organisingAgencyId,
      agencyId,
      holdsRecords: input.holdsRecords,
      ...text,
      researchedOn: input.researchedOn,
      researcherUserId: ctx.actor!.userId,
      recordedAt: new Date(),
    });
    await this.audit.record(ctx, {
      action: earlier ? 'agency_research.replace' : 'agency_research.record',
      subjectType: 'Meeting',
      subjectId: meeting.id,
      familyId: item.familyId,
      detail: { agendaItemId: item.id, researchId: research.id, holdsRecords: input.holdsRecords, withheld: !!text.notShared },
    });
    return research;
  }

  /** The research on one case the caller may read, in agency order; batched per request and filtered in SQL. */
  forItem(ctx: RequestContext, agendaItemId: string): Promise<AgencyResearchEntity[]> {
    const loader = ctx.loader(
      'readable-research-by-item',
      () =>
        new DataLoader<string, AgencyResearchEntity[]>(async (ids) => {
          const query = this.db
            .repository(ctx, AgencyResearchEntity)
            .createQueryBuilder('research')
            .innerJoin('agency', 'agency', 'agency.id = research.agencyId')
            .where('research.agendaItemId IN (:...ids)', { ids: [...ids] });
          applyAccessFilter(query, abilityOf(ctx), 'read', 'AgencyResearch');
          const rows = await query.orderBy('agency.name', 'ASC').getMany();
          return ids.map((id) => rows.filter((row) => row.agendaItemId === id));
        }),
    );
    return loader.load(agendaItemId);
  }

  /** Per case and per invited agency, who has researched: for the meeting's chair and coordinators. */
  async status(ctx: RequestContext, meetingId: string): Promise<MeetingResearchStatusModel> {
    const meeting = await this.meetings.get(ctx, meetingId);
    await assertCan(ctx, 'record', 'Meeting', meeting, "Only this meeting's chair and coordinators follow its research.");
    const manager = this.db.manager(ctx);
    const agencies: MeetingResearchStatusModel['agencies'] = await manager.query(
      `SELECT ma.agency_id AS "agencyId", a.name AS "agencyName", ma.information_sent AS "informationSent",
              (SELECT count(*) FROM agency_research r WHERE r.meeting_id = ma.meeting_id AND r.agency_id = ma.agency_id)::int AS researched,
              (SELECT count(*) FROM agenda_item i WHERE i.meeting_id = ma.meeting_id
                  AND NOT EXISTS (SELECT 1 FROM agency_research r WHERE r.agenda_item_id = i.id AND r.agency_id = ma.agency_id))::int AS outstanding,
              (SELECT count(*) FROM research_reminder rr WHERE rr.meeting_id = ma.meeting_id AND rr.agency_id = ma.agency_id)::int AS "remindersSent",
              (SELECT max(rr.sent_at) FROM research_reminder rr WHERE rr.meeting_id = ma.meeting_id AND rr.agency_id = ma.agency_id) AS "lastRemindedAt"
         FROM meeting_agency ma JOIN agency a ON a.id = ma.agency_id
        WHERE ma.meeting_id = $1 ORDER BY a.name`,
      [meeting.id],
    );
    const cells: Array<{
      agendaItemId: string;
      position: number;
      familyName: string;
      agencyId: string;
      researcherName: string | null;
      researchedOn: string | null;
    }> = await manager.query(
      `SELECT i.id AS "agendaItemId", i.position, f.name AS "familyName", ma.agency_id AS "agencyId",
                u.display_name AS "researcherName", r.researched_on::text AS "researchedOn"
           FROM agenda_item i JOIN family f ON f.id = i.family_id
           JOIN meeting_agency ma ON ma.meeting_id = i.meeting_id
           JOIN agency a ON a.id = ma.agency_id
           LEFT JOIN agency_research r ON r.agenda_item_id = i.id AND r.agency_id = ma.agency_id
           LEFT JOIN app_user u ON u.id = r.researcher_user_id
          WHERE i.meeting_id = $1 ORDER BY i.position, a.name`,
      [meeting.id],
    );
    const cases = new Map<string, MeetingResearchStatusModel['cases'][number]>();
    for (const cell of cells) {
      const row = cases.get(cell.agendaItemId) ?? { agendaItemId: cell.agendaItemId, position: cell.position, familyName: cell.familyName, agencies: [] };
      row.agencies.push({ agencyId: cell.agencyId, researched: !!cell.researchedOn, researcherName: cell.researcherName, researchedOn: cell.researchedOn });
      cases.set(cell.agendaItemId, row);
    }
    return { meetingId: meeting.id, agencies, cases: [...cases.values()] };
  }

  private assertConsistent(holdsRecords: boolean, text: Record<ResearchText, string | null>): void {
    const facts = FACT_FIELDS.filter((field) => text[field]);
    if (holdsRecords && !facts.length)
      throw BadUserInputError.field(
        'victimFacts',
        'give the facts your records hold (about the victim, the person causing harm or the children), or say your agency holds no records',
      );
    if (!holdsRecords && facts.length)
      throw BadUserInputError.field(facts[0], 'your agency holds no records, so there are no facts to give; keep any view as professional opinion');
    if (!!text.notShared !== !!text.notSharedReason)
      throw BadUserInputError.field(text.notShared ? 'notSharedReason' : 'notShared', 'say both what was not shared and why');
  }
}
