import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { DecidedAtMeeting, EpisodeChange, EpisodeEntity, EpisodeService } from '@waymark/journeys';
import { BadUserInputError, EntityLoader, RequestContext, TransactionalConnection } from '@waymark/platform';
import { IsNull } from 'typeorm';
import { AgendaItemEntity, AgendaItemPersonEntity } from '../agenda/agenda-item.entity';
import { AgendaService } from '../agenda/agenda.service';
import { DecisionKind, meetingDate, ScopeRole } from '../meeting-kinds';
import { MeetingEntity } from '../meetings/meeting.entity';
import { AgendaDecisionEntity } from './agenda-decision.entity';
import { RecordAgendaDecisionInput } from './dto/record-agenda-decision.input';

export type DecisionRecord = AgendaDecisionEntity & Pick<AgendaItemEntity, 'meetingId' | 'familyId' | 'organisingAgencyId'>;

const withItem = (decision: AgendaDecisionEntity, item: AgendaItemEntity): DecisionRecord => ({
  ...decision,
  meetingId: item.meetingId,
  familyId: item.familyId,
  organisingAgencyId: item.organisingAgencyId,
});

/**
 * Decisions on agenda items. A change of a child's level goes through the journey's own rules
 * (EpisodeService) in the same transaction, dated the day of the meeting and linked to it: if the
 * journey refuses, the whole mutation fails and no decision is recorded.
 */
@Injectable()
export class DecisionService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly agenda: AgendaService,
    private readonly episodes: EpisodeService,
    private readonly loader: EntityLoader,
  ) {}

  async record(ctx: RequestContext, input: RecordAgendaDecisionInput): Promise<DecisionRecord> {
    const { item, meeting } = await this.agenda.forChange(ctx, input.agendaItemId, { started: true });
    this.assertShape(input);
    if (input.childId) await this.assertChildInScope(ctx, item, input.childId);
    const change = input.kind === DecisionKind.OTHER ? null : await this.changeJourney(ctx, item, meeting, input);
    const decision = await this.db.repository(ctx, AgendaDecisionEntity).save({
      agendaItemId: item.id,
      kind: input.kind,
      childId: input.childId ?? null,
      episodeTransitionId: change?.transition.id ?? null,
      text: input.text.trim(),
      recordedByUserId: ctx.actor!.userId,
    });
    await this.audit.record(ctx, {
      action: 'agenda.record_decision',
      subjectType: 'Meeting',
      subjectId: meeting.id,
      familyId: item.familyId,
      detail: { agendaItemId: item.id, decisionId: decision.id, kind: input.kind, ...(change ? { transitionId: change.transition.id } : {}) },
    });
    return withItem(decision, item);
  }

  /** Each decision carries its item's meeting, family and organising agency, which the agenda's read rule names. */
  async forItem(ctx: RequestContext, item: AgendaItemEntity): Promise<DecisionRecord[]> {
    const rows = await this.loader.allBy(ctx, AgendaDecisionEntity, 'agendaItemId', item.id, { recordedAt: 'ASC', id: 'ASC' });
    return rows.map((row) => withItem(row, item));
  }

  private async changeJourney(ctx: RequestContext, item: AgendaItemEntity, meeting: MeetingEntity, input: RecordAgendaDecisionInput): Promise<EpisodeChange> {
    const authority = await DecidedAtMeeting.verify(ctx, this.db.manager(ctx), meeting.id, item.familyId);
    const details = { occurredOn: meetingDate(meeting.startsAt), reason: input.text.trim() };
    if (input.kind === DecisionKind.OPEN_EPISODE) {
      return this.episodes.open(ctx, { ...details, familyId: item.familyId, childId: input.childId!, level: input.toLevel! }, authority);
    }
    const episode = await this.db.repository(ctx, EpisodeEntity).findOneBy({ childId: input.childId!, closedOn: IsNull() });
    if (!episode) throw BadUserInputError.field('childId', 'this child has no open episode to change; decide OPEN_EPISODE instead');
    if (input.kind === DecisionKind.CLOSE) {
      return this.episodes.close(
        ctx,
        { ...details, episodeId: episode.id, closureReason: input.closureReason!, closureSubReason: input.closureSubReason },
        authority,
      );
    }
    const step = { ...details, episodeId: episode.id, toLevel: input.toLevel! };
    return input.kind === DecisionKind.STEP_UP ? this.episodes.stepUp(ctx, step, authority) : this.episodes.stepDown(ctx, step, authority);
  }

  /** Which of child, level and closure reason each kind needs, and refuses. */
  private assertShape(input: RecordAgendaDecisionInput): void {
    const changesJourney = input.kind !== DecisionKind.OTHER;
    const needsLevel = [DecisionKind.STEP_UP, DecisionKind.STEP_DOWN, DecisionKind.OPEN_EPISODE].includes(input.kind);
    if (changesJourney && !input.childId) throw BadUserInputError.field('childId', `is required for a ${input.kind} decision`);
    if (needsLevel && !input.toLevel) throw BadUserInputError.field('toLevel', `is required for a ${input.kind} decision`);
    if (!needsLevel && input.toLevel) throw BadUserInputError.field('toLevel', `only for STEP_UP, STEP_DOWN and OPEN_EPISODE decisions`);
    if (input.kind === DecisionKind.CLOSE && !input.closureReason) throw BadUserInputError.field('closureReason', 'is required to close an episode');
    if (input.kind !== DecisionKind.CLOSE && (input.closureReason || input.closureSubReason)) {
      throw BadUserInputError.field(input.closureReason ? 'closureReason' : 'closureSubReason', 'only for a CLOSE decision');
    }
  }

  private async assertChildInScope(ctx: RequestContext, item: AgendaItemEntity, childId: string): Promise<void> {
    const inScope = await this.db.repository(ctx, AgendaItemPersonEntity).findOneBy({ agendaItemId: item.id, personId: childId });
    if (!inScope) throw BadUserInputError.field('childId', "is not in this item's scope; only a child discussed here can be decided about");
    if (inScope.scopeRole !== ScopeRole.CHILD) throw BadUserInputError.field('childId', `is in this item's scope as ${inScope.scopeRole}, not as a child`);
  }
}
