import { Injectable } from '@nestjs/common';
import { abilityOf, AgencyEntity, applyAccessFilter, assertCan, hasRole, Role, UserEntity } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import {
  BadUserInputError,
  ConflictError,
  Connection,
  EntityLoader,
  NotFoundError,
  paginate,
  RequestContext,
  TransactionalConnection,
} from '@waymark/platform';
import { JobOutbox } from '@waymark/queue';
import { In } from 'typeorm';
import { MeetingStatus } from '../meeting-kinds';
import { MEETING_INVITED_JOB } from '../notices/meeting-invited.job';
import { MeetingsArgs } from './dto/meetings.args';
import { RecordMeetingAttendanceInput } from './dto/record-attendance.input';
import { CancelMeetingInput, InviteAgenciesInput, ScheduleMeetingInput } from './dto/schedule-meeting.input';
import { MeetingAgencyEntity, MeetingEntity } from './meeting.entity';

/** What may be done to a meeting: run it (`update`: agenda, invitations, hold, cancel) or record its outcomes (`record`). */
export type MeetingChange = 'update' | 'record';

/** Meetings: scheduling, invitations, attendance, holding and cancelling. The other parts of a meeting use `forChange`. */
@Injectable()
export class MeetingService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly loader: EntityLoader,
    private readonly outbox: JobOutbox,
  ) {}

  async schedule(ctx: RequestContext, input: ScheduleMeetingInput): Promise<MeetingEntity> {
    const chair = await this.db.repository(ctx, UserEntity).findOneBy({ id: input.chairUserId });
    if (!chair || !chair.active) throw new NotFoundError('chairUserId: no active user has that id.');
    if (!hasRole(chair.roles, Role.MEETING_CHAIR, Role.MARAC_COORDINATOR)) {
      throw BadUserInputError.field('chairUserId', `${chair.displayName} is not a meeting chair or coordinator`);
    }
    await this.assertAgenciesExist(ctx, input.invitedAgencyIds, 'invitedAgencyIds');
    const meeting = await this.db.repository(ctx, MeetingEntity).save({
      type: input.type,
      title: input.title.trim(),
      startsAt: input.startsAt,
      venue: input.venue?.trim() || null,
      organisingAgencyId: ctx.actor!.agencyId,
      chairUserId: chair.id,
      coordinatorUserId: ctx.actor!.userId,
      status: MeetingStatus.SCHEDULED,
      cancellationReason: null,
    });
    await this.db.repository(ctx, MeetingAgencyEntity).insert(input.invitedAgencyIds.map((agencyId) => ({ meetingId: meeting.id, agencyId })));
    await this.outbox.enqueue(ctx, MEETING_INVITED_JOB, { meetingId: meeting.id, agencyIds: input.invitedAgencyIds });
    await this.audit.record(ctx, {
      action: 'meeting.schedule',
      subjectType: 'Meeting',
      subjectId: meeting.id,
      detail: { type: meeting.type, invited: input.invitedAgencyIds.length },
    });
    return meeting;
  }

  async invite(ctx: RequestContext, input: InviteAgenciesInput): Promise<MeetingEntity> {
    const meeting = await this.forChange(ctx, input.meetingId, 'update');
    await this.assertAgenciesExist(ctx, input.agencyIds, 'agencyIds');
    const already = new Set((await this.db.repository(ctx, MeetingAgencyEntity).findBy({ meetingId: meeting.id })).map((a) => a.agencyId));
    const newlyInvited = input.agencyIds.filter((id) => !already.has(id));
    if (newlyInvited.length) await this.outbox.enqueue(ctx, MEETING_INVITED_JOB, { meetingId: meeting.id, agencyIds: newlyInvited });
    await this.db
      .repository(ctx, MeetingAgencyEntity)
      .createQueryBuilder()
      .insert()
      .values(input.agencyIds.map((agencyId) => ({ meetingId: meeting.id, agencyId })))
      .orIgnore()
      .execute();
    await this.audit.record(ctx, { action: 'meeting.invite', subjectType: 'Meeting', subjectId: meeting.id, detail: { agencyIds: input.agencyIds } });
    return meeting;
  }

  /** Validated as a whole: every agency must have been invited; an agency that attended names its representative. */
  async recordAttendance(ctx: RequestContext, input: RecordMeetingAttendanceInput): Promise<MeetingEntity> {
    const meeting = await this.forChange(ctx, input.meetingId, 'record', { started: true });
    const invited = new Set((await this.agencies(ctx, meeting.id)).map((a) => a.agencyId));
    const seen = new Set<string>();
    input.attendance.forEach((entry, i) => {
      if (!invited.has(entry.agencyId))
        throw BadUserInputError.field(`attendance.${i}.agencyId`, 'that agency was not invited to this meeting; invite it first');
      if (seen.has(entry.agencyId)) throw BadUserInputError.field(`attendance.${i}.agencyId`, 'is given more than once');
      seen.add(entry.agencyId);
      if (entry.attended && !entry.representativeName?.trim())
        throw BadUserInputError.field(`attendance.${i}.representativeName`, 'is required when the agency attended');
      if (!entry.attended && entry.representativeName) throw BadUserInputError.field(`attendance.${i}.representativeName`, 'only for an agency that attended');
      if (entry.attended && entry.informationSent !== undefined)
        throw BadUserInputError.field(`attendance.${i}.informationSent`, 'only for an agency that sent apologies');
    });
    const repository = this.db.repository(ctx, MeetingAgencyEntity);
    for (const entry of input.attendance) {
      await repository.update(
        { meetingId: meeting.id, agencyId: entry.agencyId },
        {
          attended: entry.attended,
          representativeName: entry.attended ? entry.representativeName!.trim() : null,
          informationSent: entry.attended ? null : (entry.informationSent ?? null),
        },
      );
    }
    await this.audit.record(ctx, {
      action: 'meeting.record_attendance',
      subjectType: 'Meeting',
      subjectId: meeting.id,
      detail: { agencies: input.attendance.length },
    });
    return meeting;
  }

  async hold(ctx: RequestContext, id: string): Promise<MeetingEntity> {
    const meeting = await this.forChange(ctx, id, 'update', { started: true });
    if (meeting.status === MeetingStatus.HELD) throw new ConflictError('This meeting is already recorded as held.');
    meeting.status = MeetingStatus.HELD;
    await this.db.repository(ctx, MeetingEntity).save(meeting);
    await this.audit.record(ctx, { action: 'meeting.hold', subjectType: 'Meeting', subjectId: meeting.id });
    return meeting;
  }

  async cancel(ctx: RequestContext, input: CancelMeetingInput): Promise<MeetingEntity> {
    const meeting = await this.forChange(ctx, input.meetingId, 'update');
    if (meeting.status === MeetingStatus.HELD) throw new ConflictError('This meeting was held; a held meeting cannot be cancelled.');
    // Decisions changed children's journeys and actions were handed out: what happened stands, so record it as held.
    const [{ outcomes }] = await this.db.manager(ctx).query(
      `SELECT (EXISTS (SELECT 1 FROM agenda_decision d JOIN agenda_item i ON i.id = d.agenda_item_id WHERE i.meeting_id = $1)
            OR EXISTS (SELECT 1 FROM participation p JOIN agenda_item i ON i.id = p.agenda_item_id WHERE i.meeting_id = $1)
            OR EXISTS (SELECT 1 FROM meeting_action a WHERE a.meeting_id = $1)) AS outcomes`,
      [meeting.id],
    );
    if (outcomes)
      throw new ConflictError(
        'Outcomes (decisions, participation or actions) are recorded for this meeting, so it cannot be cancelled; record it as held instead.',
      );
    meeting.status = MeetingStatus.CANCELLED;
    meeting.cancellationReason = input.reason.trim();
    await this.db.repository(ctx, MeetingEntity).save(meeting);
    // Every family on the agenda: what counts as their latest meetings (being heard, interpreters) changes.
    const listed: Array<{ family_id: string }> = await this.db.manager(ctx).query(`SELECT family_id FROM agenda_item WHERE meeting_id = $1`, [meeting.id]);
    await this.audit.record(ctx, { action: 'meeting.cancel', subjectType: 'Meeting', subjectId: meeting.id, familyIds: listed.map((row) => row.family_id) });
    return meeting;
  }

  async get(ctx: RequestContext, id: string): Promise<MeetingEntity> {
    const meeting = await this.db.repository(ctx, MeetingEntity).findOneBy({ id });
    if (!meeting) throw new NotFoundError('No meeting has that id.');
    await assertCan(ctx, 'read', 'Meeting', meeting, 'You have no involvement that lets you read this meeting.');
    return meeting;
  }

  list(ctx: RequestContext, args: MeetingsArgs): Promise<Connection<MeetingEntity>> {
    if (args.from && args.to && args.from > args.to) throw BadUserInputError.field('to', `is before from (${args.from})`);
    const query = this.db.repository(ctx, MeetingEntity).createQueryBuilder('meeting');
    applyAccessFilter(query, abilityOf(ctx), 'read', 'Meeting');
    if (args.type) query.andWhere('meeting.type = :type', { type: args.type });
    if (args.status) query.andWhere('meeting.status = :status', { status: args.status });
    if (args.from) query.andWhere('meeting.startsAt >= :from::date', { from: args.from });
    if (args.to) query.andWhere(`meeting.startsAt < :to::date + interval '1 day'`, { to: args.to });
    return paginate(query, args, { sort: 'meeting.startsAt', id: 'meeting.id', direction: 'DESC', sortValue: (m) => m.startsAt.toISOString() });
  }

  /** The header of a meeting whose agenda item the caller has already been allowed to read. */
  headerOf(ctx: RequestContext, meetingId: string): Promise<MeetingEntity> {
    return this.loader.byId(ctx, MeetingEntity, meetingId);
  }

  agencies(ctx: RequestContext, meetingId: string): Promise<MeetingAgencyEntity[]> {
    return this.loader.allBy(ctx, MeetingAgencyEntity, 'meetingId', meetingId, { agencyId: 'ASC' });
  }

  /**
   * The meeting, locked, for a change the caller must be allowed (`update` or `record`). Nothing is
   * recorded on a cancelled meeting; outcomes (`started`) only once it has started.
   */
  async forChange(ctx: RequestContext, id: string, action: MeetingChange, options: { started?: boolean } = {}): Promise<MeetingEntity> {
    const meeting = await this.db
      .repository(ctx, MeetingEntity)
      .createQueryBuilder('meeting')
      .setLock('pessimistic_write')
      .where('meeting.id = :id', { id })
      .getOne();
    if (!meeting) throw new NotFoundError('meetingId: no meeting has that id.');
    await assertCan(ctx, 'read', 'Meeting', meeting, 'You have no involvement that lets you read this meeting.');
    await assertCan(
      ctx,
      action,
      'Meeting',
      meeting,
      action === 'update'
        ? 'Only the coordinators of the organising agency run this meeting.'
        : "Only this meeting's chair and coordinators record its outcomes.",
    );
    if (meeting.status === MeetingStatus.CANCELLED)
      throw new ConflictError(`This meeting was cancelled (${meeting.cancellationReason}); nothing more can be recorded on it.`);
    if (options.started && meeting.startsAt > new Date()) {
      throw new ConflictError(`This meeting starts at ${meeting.startsAt.toISOString()}; record what happened once it has started.`);
    }
    return meeting;
  }

  private async assertAgenciesExist(ctx: RequestContext, ids: string[], field: string): Promise<void> {
    const found = await this.db.repository(ctx, AgencyEntity).countBy({ id: In(ids) });
    if (found !== ids.length) throw new NotFoundError(`${field}: no agency has one of those ids.`);
  }
}
