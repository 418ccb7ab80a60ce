import { Injectable } from '@nestjs/common';
import { abilityOf, applyAccessFilter, assertCan } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { FamilyEntity, FamilyMembershipEntity, MemberKind } from '@waymark/families';
import { BadUserInputError, ConflictError, EntityLoader, NotFoundError, RequestContext, TransactionalConnection } from '@waymark/platform';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { ScopeRole } from '../meeting-kinds';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingService } from '../meetings/meeting.service';
import { AddAgendaItemInput, RecordRiskSummaryInput } from './dto/add-agenda-item.input';
import { AgendaItemEntity, AgendaItemPersonEntity } from './agenda-item.entity';
import { MaracCandidatesService } from './marac-candidates.service';

/** A meeting's agenda: one item per family, with the people in scope and why it was listed. */
@Injectable()
export class AgendaService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly meetings: MeetingService,
    private readonly marac: MaracCandidatesService,
    private readonly loader: EntityLoader,
  ) {}

  async addItem(ctx: RequestContext, input: AddAgendaItemInput): Promise<AgendaItemEntity> {
    const meeting = await this.meetings.forChange(ctx, input.meetingId, 'update');
    if (!(await this.db.repository(ctx, FamilyEntity).existsBy({ id: input.familyId }))) throw new NotFoundError('familyId: no family has that id.');
    await this.assertScope(ctx, input);
    const items = this.db.repository(ctx, AgendaItemEntity);
    const listed = await items.findOneBy({ meetingId: meeting.id, familyId: input.familyId });
    if (listed) throw new ConflictError(`This family is already on this meeting's agenda (item ${listed.position}).`);
    await this.marac.assertListable(ctx, meeting, input.familyId, input.maracReferralId, input.people);
    const { next } = await items
      .createQueryBuilder('item')
      .select('coalesce(max(item.position), 0) + 1', 'next')
      .where('item.meetingId = :id', { id: meeting.id })
      .getRawOne();
    const item = await items.save({
      meetingId: meeting.id,
      familyId: input.familyId,
      organisingAgencyId: meeting.organisingAgencyId,
      position: Number(next),
      reasonForListing: input.reasonForListing.trim(),
      riskSummary: null,
      maracReferralId: input.maracReferralId ?? null,
    });
    await this.db
      .repository(ctx, AgendaItemPersonEntity)
      .insert(input.people.map((p) => ({ agendaItemId: item.id, personId: p.personId, scopeRole: p.scopeRole })));
    await this.audit.record(ctx, {
      action: 'agenda.add_item',
      subjectType: 'Meeting',
      subjectId: meeting.id,
      familyId: input.familyId,
      detail: { agendaItemId: item.id, familyId: input.familyId, people: input.people.length, maracReferralId: item.maracReferralId },
    });
    return item;
  }

  async recordRiskSummary(ctx: RequestContext, input: RecordRiskSummaryInput): Promise<AgendaItemEntity> {
    const { item } = await this.forChange(ctx, input.agendaItemId);
    item.riskSummary = input.riskSummary.trim();
    await this.db.repository(ctx, AgendaItemEntity).save(item);
    await this.audit.record(ctx, {
      action: 'agenda.record_risk_summary',
      subjectType: 'Meeting',
      subjectId: item.meetingId,
      detail: { agendaItemId: item.id },
    });
    return item;
  }

  /** An item and its meeting (locked), for recording an outcome: the caller must be allowed to `record` on the meeting. */
  async forChange(ctx: RequestContext, agendaItemId: string, options: { started?: boolean } = {}): Promise<{ item: AgendaItemEntity; meeting: MeetingEntity }> {
    const item = await this.db.repository(ctx, AgendaItemEntity).findOneBy({ id: agendaItemId });
    if (!item) throw new NotFoundError('agendaItemId: no agenda item has that id.');
    const meeting = await this.meetings.forChange(ctx, item.meetingId, 'record', options);
    return { item, meeting };
  }

  async get(ctx: RequestContext, id: string): Promise<AgendaItemEntity> {
    const item = await this.db.repository(ctx, AgendaItemEntity).findOneBy({ id });
    if (!item) throw new NotFoundError('No agenda item has that id.');
    await assertCan(ctx, 'read', 'AgendaItem', item, 'You have no involvement that lets you read this agenda item.');
    return item;
  }

  /** The items of a meeting the caller may read, in agenda order (a practitioner sees only their families'); one query for all meetings on a page. */
  forMeeting(ctx: RequestContext, meetingId: string): Promise<AgendaItemEntity[]> {
    return this.readableItemsBy(ctx, 'meetingId', meetingId);
  }

  /**
   * The meetings that discussed the family, newest first: the items the caller may read (reading
   * the family is not enough: the chair of one meeting about a family does not read another's items).
   */
  forFamily(ctx: RequestContext, familyId: string): Promise<AgendaItemEntity[]> {
    return this.readableItemsBy(ctx, 'familyId', familyId);
  }

  /** Batched per request (DataLoader), filtered in SQL by the agenda rules: newest meeting first, then agenda order. */
  private readableItemsBy(ctx: RequestContext, column: 'meetingId' | 'familyId', value: string): Promise<AgendaItemEntity[]> {
    const loader = ctx.loader(
      `readable-agenda-items-by:${column}`,
      () =>
        new DataLoader<string, AgendaItemEntity[]>(async (values) => {
          const query = this.db
            .repository(ctx, AgendaItemEntity)
            .createQueryBuilder('item')
            .innerJoin(MeetingEntity, 'meeting', 'meeting.id = item.meetingId')
            .where(`item.${column} IN (:...values)`, { values: [...values] });
          applyAccessFilter(query, abilityOf(ctx), 'read', 'AgendaItem');
          const rows = await query.orderBy('meeting.startsAt', 'DESC').addOrderBy('item.position', 'ASC').addOrderBy('item.id', 'ASC').getMany();
          return values.map((v) => rows.filter((row) => row[column] === v));
        }),
    );
    return loader.load(value);
  }

  people(ctx: RequestContext, agendaItemId: string): Promise<AgendaItemPersonEntity[]> {
    return this.loader.allBy(ctx, AgendaItemPersonEntity, 'agendaItemId', agendaItemId, { scopeRole: 'ASC', personId: 'ASC' });
  }

  /** The family's name, without opening the family record: attending agencies need to know which family, not its file. */
  async familyName(ctx: RequestContext, familyId: string): Promise<string> {
    return (await this.loader.byId(ctx, FamilyEntity, familyId)).name;
  }

  /** Everyone in scope is a member (current or past) of the family, once, and a CHILD in scope is a child of it. */
  private async assertScope(ctx: RequestContext, input: AddAgendaItemInput): Promise<void> {
    const memberships = await this.db
      .repository(ctx, FamilyMembershipEntity)
      .findBy({ familyId: input.familyId, personId: In(input.people.map((p) => p.personId)) });
    const kinds = new Map(memberships.map((m) => [m.personId, m.kind]));
    const seen = new Set<string>();
    input.people.forEach((person, i) => {
      const field = `people.${i}`;
      if (seen.has(person.personId)) throw BadUserInputError.field(`${field}.personId`, 'is given more than once');
      seen.add(person.personId);
      const kind = kinds.get(person.personId);
      if (!kind) throw BadUserInputError.field(`${field}.personId`, 'is not a member of this family');
      if (person.scopeRole === ScopeRole.CHILD && kind !== MemberKind.CHILD)
        throw BadUserInputError.field(`${field}.scopeRole`, 'CHILD is only for a child of the family');
      if (person.scopeRole !== ScopeRole.CHILD && kind === MemberKind.CHILD)
        throw BadUserInputError.field(`${field}.scopeRole`, 'a child of the family is in scope as CHILD');
    });
  }
}
