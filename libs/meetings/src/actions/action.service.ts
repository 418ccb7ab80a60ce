import { Injectable } from '@nestjs/common';
import { abilityOf, applyAccessFilter, assertCan, UserEntity } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import {
  BadUserInputError,
  ConflictError,
  Connection,
  EntityLoader,
  NotFoundError,
  paginate,
  RequestContext,
  today,
  TransactionalConnection,
} from '@waymark/platform';
import { AgendaItemPersonEntity } from '../agenda/agenda-item.entity';
import { AgendaService } from '../agenda/agenda.service';
import { ActionStatus, meetingDate } from '../meeting-kinds';
import { MeetingAgencyEntity, MeetingEntity } from '../meetings/meeting.entity';
import { AgencyActionsArgs, AgreeActionInput, CloseActionInput, MyActionsArgs, OverdueActionsArgs } from './dto/agree-action.input';
import { MeetingActionEntity } from './meeting-action.entity';

/** Actions agreed at meetings: who does what for whom by when, and how they were closed. */
@Injectable()
export class ActionService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly agenda: AgendaService,
    private readonly loader: EntityLoader,
  ) {}

  async agree(ctx: RequestContext, input: AgreeActionInput): Promise<MeetingActionEntity> {
    const { item, meeting } = await this.agenda.forChange(ctx, input.agendaItemId, { started: true });
    if (input.dueOn < meetingDate(meeting.startsAt)) throw BadUserInputError.field('dueOn', `is before the meeting (${meetingDate(meeting.startsAt)})`);
    const subject = await this.db.repository(ctx, AgendaItemPersonEntity).findOneBy({ agendaItemId: item.id, personId: input.subjectPersonId });
    if (!subject) throw BadUserInputError.field('subjectPersonId', "is not in this item's scope");
    await this.assertOwner(ctx, meeting, input);
    const action = await this.db.repository(ctx, MeetingActionEntity).save({
      meetingId: meeting.id,
      agendaItemId: item.id,
      familyId: item.familyId,
      organisingAgencyId: meeting.organisingAgencyId,
      description: input.description.trim(),
      owningAgencyId: input.owningAgencyId,
      ownerUserId: input.ownerUserId ?? null,
      externalOwnerName: input.externalOwnerName?.trim() ?? null,
      subjectPersonId: input.subjectPersonId,
      subjectScopeRole: subject.scopeRole,
      dueOn: input.dueOn,
      status: ActionStatus.OPEN,
      completionNote: null,
      completedOn: null,
      chaseCount: 0,
      lastChasedOn: null,
      createdByUserId: ctx.actor!.userId,
    });
    await this.audit.record(ctx, {
      action: 'meeting_action.agree',
      subjectType: 'Meeting',
      subjectId: meeting.id,
      familyId: item.familyId,
      detail: { actionId: action.id, agendaItemId: item.id },
    });
    return action;
  }

  complete(ctx: RequestContext, input: CloseActionInput): Promise<MeetingActionEntity> {
    return this.close(ctx, input, ActionStatus.DONE);
  }

  cancel(ctx: RequestContext, input: CloseActionInput): Promise<MeetingActionEntity> {
    return this.close(ctx, input, ActionStatus.CANCELLED);
  }

  /** The caller's own actions, soonest due first. */
  mine(ctx: RequestContext, args: MyActionsArgs): Promise<Connection<MeetingActionEntity>> {
    const query = this.db.repository(ctx, MeetingActionEntity).createQueryBuilder('action').where('action.ownerUserId = :me', { me: ctx.actor!.userId });
    if (args.status) query.andWhere('action.status = :status', { status: args.status });
    return paginate(query, args, { sort: 'action.dueOn', id: 'action.id', direction: 'ASC', sortValue: (a) => a.dueOn });
  }

  /** The actions the caller's agency owns that the caller may see, soonest due first: an agency representative's worklist. */
  agencyOwned(ctx: RequestContext, args: AgencyActionsArgs): Promise<Connection<MeetingActionEntity>> {
    const query = this.db
      .repository(ctx, MeetingActionEntity)
      .createQueryBuilder('action')
      .where('action.owningAgencyId = :agencyId', { agencyId: ctx.actor!.agencyId });
    if (args.status) query.andWhere('action.status = :status', { status: args.status });
    applyAccessFilter(query, abilityOf(ctx), 'read', 'MeetingAction');
    return paginate(query, args, { sort: 'action.dueOn', id: 'action.id', direction: 'ASC', sortValue: (a) => a.dueOn });
  }

  /** Open actions past their due date that the caller may see, most overdue first. */
  overdue(ctx: RequestContext, args: OverdueActionsArgs): Promise<Connection<MeetingActionEntity>> {
    const query = this.db
      .repository(ctx, MeetingActionEntity)
      .createQueryBuilder('action')
      .where(`action.status = 'OPEN' AND action.dueOn < :today`, { today: today() });
    if (args.agencyId) query.andWhere('action.owningAgencyId = :agencyId', { agencyId: args.agencyId });
    applyAccessFilter(query, abilityOf(ctx), 'read', 'MeetingAction');
    return paginate(query, args, { sort: 'action.dueOn', id: 'action.id', direction: 'ASC', sortValue: (a) => a.dueOn });
  }

  /** Seen with the agenda item: whoever reads the item reads what was agreed on it. */
  forItem(ctx: RequestContext, agendaItemId: string): Promise<MeetingActionEntity[]> {
    return this.loader.allBy(ctx, MeetingActionEntity, 'agendaItemId', agendaItemId, { dueOn: 'ASC', id: 'ASC' });
  }

  private async close(ctx: RequestContext, input: CloseActionInput, status: ActionStatus.DONE | ActionStatus.CANCELLED): Promise<MeetingActionEntity> {
    const repository = this.db.repository(ctx, MeetingActionEntity);
    const action = await repository.createQueryBuilder('action').setLock('pessimistic_write').where('action.id = :id', { id: input.actionId }).getOne();
    if (!action) throw new NotFoundError('actionId: no action has that id.');
    await assertCan(ctx, 'read', 'MeetingAction', action, 'You have no involvement with this action.');
    const verb = status === ActionStatus.DONE ? 'complete' : 'cancel';
    await assertCan(
      ctx,
      verb,
      'MeetingAction',
      action,
      status === ActionStatus.DONE
        ? "Only the action's owner, their agency, or whoever runs the meeting can complete it."
        : 'Only whoever runs the meeting can cancel an action.',
    );
    if (action.status !== ActionStatus.OPEN) throw new ConflictError(`This action is already ${action.status.toLowerCase()} (${action.completedOn}).`);
    const meeting = await this.db.repository(ctx, MeetingEntity).findOneByOrFail({ id: action.meetingId });
    const completedOn = input.completedOn ?? today();
    if (completedOn > today()) throw BadUserInputError.field('completedOn', 'cannot be in the future');
    if (completedOn < meetingDate(meeting.startsAt))
      throw BadUserInputError.field('completedOn', `is before the meeting that agreed it (${meetingDate(meeting.startsAt)})`);
    action.status = status;
    action.completionNote = input.note.trim();
    action.completedOn = completedOn;
    await repository.save(action);
    await this.audit.record(ctx, {
      action: `meeting_action.${verb}`,
      subjectType: 'Meeting',
      subjectId: action.meetingId,
      familyId: action.familyId,
      detail: { actionId: action.id },
    });
    return action;
  }

  /** The owning agency took part (invited, or organising); a named owner is an active user of it; one owner, not both. */
  private async assertOwner(ctx: RequestContext, meeting: MeetingEntity, input: AgreeActionInput): Promise<void> {
    if (!!input.ownerUserId === !!input.externalOwnerName) {
      throw BadUserInputError.field('ownerUserId', 'give either the owner (a user) or externalOwnerName for an owner without an account, not both');
    }
    const invited = await this.db.repository(ctx, MeetingAgencyEntity).existsBy({ meetingId: meeting.id, agencyId: input.owningAgencyId });
    if (!invited && input.owningAgencyId !== meeting.organisingAgencyId) {
      throw BadUserInputError.field('owningAgencyId', 'that agency was not invited to this meeting');
    }
    if (input.ownerUserId) {
      const owner = await this.db.repository(ctx, UserEntity).findOneBy({ id: input.ownerUserId });
      if (!owner || !owner.active) throw new NotFoundError('ownerUserId: no active user has that id.');
      if (owner.agencyId !== input.owningAgencyId) throw BadUserInputError.field('ownerUserId', `${owner.displayName} does not work for the owning agency`);
    }
  }
}
