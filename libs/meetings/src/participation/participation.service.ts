import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { PersonEntity } from '@waymark/families';
import { BadUserInputError, EntityLoader, RequestContext, TransactionalConnection } from '@waymark/platform';
import { AgendaItemEntity, AgendaItemPersonEntity } from '../agenda/agenda-item.entity';
import { AgendaService } from '../agenda/agenda.service';
import { RecordParticipationInput } from './dto/record-participation.input';
import { participationProblems, PersonInScope } from './participation-rules';
import { ParticipationEntity } from './participation.entity';

/** A participation row with its item's access attributes, so the Participation permissions can be checked on it. */
export type ParticipationRecord = ParticipationEntity & Pick<AgendaItemEntity, 'meetingId' | 'familyId' | 'organisingAgencyId'>;

/** Whether the family was heard: per agenda item and person in scope, how they took part, the child's view, interpreters. */
@Injectable()
export class ParticipationService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly agenda: AgendaService,
    private readonly loader: EntityLoader,
  ) {}

  /** The entries are checked together against the item's scope; a person recorded again is replaced. */
  async record(ctx: RequestContext, input: RecordParticipationInput): Promise<AgendaItemEntity> {
    const { item, meeting } = await this.agenda.forChange(ctx, input.agendaItemId, { started: true });
    const problems = participationProblems(input.entries, await this.scope(ctx, item.id, meeting.startsAt));
    if (problems.length) {
      throw new BadUserInputError(`Please correct the participation. ${problems.map((p) => `${p.field}: ${p.problems.join('; ')}`).join('. ')}`, problems);
    }
    for (const entry of input.entries) {
      await this.db.manager(ctx).query(
        `INSERT INTO participation (agenda_item_id, person_id, participation, exclusion_reason, child_view, interpreter_provided, recorded_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (agenda_item_id, person_id) DO UPDATE SET participation = excluded.participation, exclusion_reason = excluded.exclusion_reason,
           child_view = excluded.child_view, interpreter_provided = excluded.interpreter_provided,
           recorded_by_user_id = excluded.recorded_by_user_id, recorded_at = clock_timestamp()`,
        [
          item.id,
          entry.personId,
          entry.participation,
          entry.exclusionReason?.trim() ?? null,
          entry.childView ?? null,
          entry.interpreterProvided ?? null,
          ctx.actor!.userId,
        ],
      );
    }
    await this.audit.record(ctx, {
      action: 'agenda.record_participation',
      subjectType: 'Meeting',
      subjectId: meeting.id,
      familyId: item.familyId,
      detail: { agendaItemId: item.id, entries: input.entries.map((e) => ({ personId: e.personId, participation: e.participation })) },
    });
    return item;
  }

  async forItem(ctx: RequestContext, item: AgendaItemEntity): Promise<ParticipationRecord[]> {
    const rows = await this.loader.allBy(ctx, ParticipationEntity, 'agendaItemId', item.id, { personId: 'ASC' });
    return rows.map((row) => ({ ...row, meetingId: item.meetingId, familyId: item.familyId, organisingAgencyId: item.organisingAgencyId }));
  }

  /** Whether each person needed an interpreter is read as it stood on the meeting's day (UTC, as the signals read it). */
  private async scope(ctx: RequestContext, agendaItemId: string, startsAt: Date): Promise<PersonInScope[]> {
    return this.db
      .repository(ctx, AgendaItemPersonEntity)
      .createQueryBuilder('scope')
      .innerJoin(PersonEntity, 'person', 'person.id = scope.personId')
      .select([
        'scope.personId AS "personId"',
        'scope.scopeRole AS "scopeRole"',
        'person.givenName AS "givenName"',
        `person_interpreter_needed_on(person.id, (:startsAt::timestamptz AT TIME ZONE 'UTC')::date) AS "interpreterNeeded"`,
      ])
      .where('scope.agendaItemId = :agendaItemId', { agendaItemId, startsAt })
      .getRawMany();
  }
}
