import { Injectable } from '@nestjs/common';
import { abilityOf, AgencyEntity, applyAccessFilter, onlyAllowed, UserEntity } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { FamilyEntity, FamilyMembershipEntity, PersonEntity, PersonService } from '@waymark/families';
import {
  BadUserInputError,
  Connection,
  EntityLoader,
  ForbiddenError,
  NotFoundError,
  paginate,
  RequestContext,
  today,
  TransactionalConnection,
} from '@waymark/platform';
import { In } from 'typeorm';
import { CoworkArrangementEntity } from '../cowork-arrangement.entity';
import { CoworkEntriesArgs } from '../dto/cowork-entries.args';
import { LogCoworkEntryInput } from '../dto/log-cowork-entry.input';
import { CoworkEntryAgencyEntity, CoworkEntryEntity, CoworkEntryPersonSeenEntity, CoworkEntryPractitionerEntity } from './cowork-entry.entity';
import { CoworkFollowUpEntity } from './cowork-follow-up.entity';

/**
 * Co-work entries: logged by a DVA specialist under their active arrangement with the family, and
 * listed for the specialist, the family's case holders and the managers who audit joint work.
 */
@Injectable()
export class CoworkEntryService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly people: PersonService,
    private readonly loader: EntityLoader,
  ) {}

  async log(ctx: RequestContext, input: LogCoworkEntryInput): Promise<CoworkEntryEntity> {
    const arrangement = await this.activeArrangement(ctx, input.familyId);
    if (input.occurredOn > today()) throw BadUserInputError.field('occurredOn', 'cannot be in the future');
    if (input.occurredOn < arrangement.startedOn) {
      throw BadUserInputError.field('occurredOn', `is before your co-work with this family started (${arrangement.startedOn})`);
    }
    const practitionerUserIds = input.practitionerUserIds ?? [];
    const agencyIds = input.agencyIds ?? [];
    const personSeenIds = input.personSeenIds ?? [];
    const followUps = (input.followUps ?? []).map((followUp) => ({ description: followUp.description.trim(), dueOn: followUp.dueOn ?? null }));
    await this.assertPractitioners(ctx, practitionerUserIds);
    await this.assertAgencies(ctx, agencyIds);
    await this.assertFamilyMembers(ctx, input.familyId, personSeenIds);
    followUps.forEach((followUp, i) => {
      if (!followUp.description) throw BadUserInputError.field(`followUps.${i}.description`, 'must say what is to be done');
      if (followUp.dueOn && followUp.dueOn < input.occurredOn) {
        throw BadUserInputError.field(`followUps.${i}.dueOn`, `is before the co-work it follows (${input.occurredOn})`);
      }
    });

    const entry = await this.db.repository(ctx, CoworkEntryEntity).save({
      familyId: input.familyId,
      arrangementId: arrangement.id,
      specialistUserId: ctx.actor!.userId,
      specialistAgencyId: ctx.actor!.agencyId,
      occurredOn: input.occurredOn,
      kind: input.kind,
      durationMinutes: input.durationMinutes,
      note: input.note?.trim() || null,
    });
    const manager = this.db.manager(ctx);
    if (practitionerUserIds.length)
      await manager.insert(
        CoworkEntryPractitionerEntity,
        practitionerUserIds.map((userId) => ({ entryId: entry.id, userId })),
      );
    if (agencyIds.length)
      await manager.insert(
        CoworkEntryAgencyEntity,
        agencyIds.map((agencyId) => ({ entryId: entry.id, agencyId })),
      );
    if (personSeenIds.length)
      await manager.insert(
        CoworkEntryPersonSeenEntity,
        personSeenIds.map((personId, position) => ({ entryId: entry.id, personId, position })),
      );
    if (followUps.length)
      await manager.insert(
        CoworkFollowUpEntity,
        followUps.map((followUp, position) => ({ entryId: entry.id, position, ...followUp })),
      );
    await this.audit.record(ctx, {
      action: 'cowork.log_entry',
      subjectType: 'Family',
      subjectId: input.familyId,
      detail: { entryId: entry.id, arrangementId: arrangement.id, kind: input.kind, peopleSeen: personSeenIds.length },
    });
    return entry;
  }

  /** Filtered in SQL by who may read which entries (cowork.permissions.ts); newest first. */
  list(ctx: RequestContext, args: CoworkEntriesArgs): Promise<Connection<CoworkEntryEntity>> {
    const filter = args.filter ?? {};
    if (filter.from && filter.to && filter.from > filter.to) throw BadUserInputError.field('filter.to', `is before from (${filter.from})`);
    const query = this.db.repository(ctx, CoworkEntryEntity).createQueryBuilder('entry');
    applyAccessFilter(query, abilityOf(ctx), 'read', 'CoworkEntry');
    if (filter.familyId) query.andWhere('entry.familyId = :familyId', { familyId: filter.familyId });
    if (filter.specialistUserId) query.andWhere('entry.specialistUserId = :specialistUserId', { specialistUserId: filter.specialistUserId });
    if (filter.from) query.andWhere('entry.occurredOn >= :from', { from: filter.from });
    if (filter.to) query.andWhere('entry.occurredOn <= :to', { to: filter.to });
    return paginate(query, args, { sort: 'entry.occurredOn', id: 'entry.id', direction: 'DESC', sortValue: (entry) => entry.occurredOn });
  }

  /** The family's entries the caller may see, oldest first (the family itself is already readable). */
  async forFamily(ctx: RequestContext, familyId: string): Promise<CoworkEntryEntity[]> {
    const rows = await this.loader.allBy(ctx, CoworkEntryEntity, 'familyId', familyId, { occurredOn: 'ASC', createdAt: 'ASC' });
    return onlyAllowed(ctx, 'read', 'CoworkEntry', rows);
  }

  specialist(ctx: RequestContext, entry: CoworkEntryEntity): Promise<UserEntity> {
    return this.loader.byId(ctx, UserEntity, entry.specialistUserId);
  }

  async practitioners(ctx: RequestContext, entryId: string): Promise<UserEntity[]> {
    const links = await this.loader.allBy(ctx, CoworkEntryPractitionerEntity, 'entryId', entryId);
    return Promise.all(links.map((link) => this.loader.byId(ctx, UserEntity, link.userId)));
  }

  async agencies(ctx: RequestContext, entryId: string): Promise<AgencyEntity[]> {
    const links = await this.loader.allBy(ctx, CoworkEntryAgencyEntity, 'entryId', entryId);
    return Promise.all(links.map((link) => this.loader.byId(ctx, AgencyEntity, link.agencyId)));
  }

  /** Through PersonService.load: each read is audited, and anyone the caller may not see is null. */
  async peopleSeen(ctx: RequestContext, entryId: string): Promise<Array<PersonEntity | null>> {
    const links = await this.loader.allBy(ctx, CoworkEntryPersonSeenEntity, 'entryId', entryId, { position: 'ASC' });
    // Distinct: two records merged into one person leave that person twice.
    const personIds = [...new Set(links.map((link) => link.personId))];
    return Promise.all(personIds.map((personId) => this.people.load(ctx, personId)));
  }

  followUps(ctx: RequestContext, entryId: string): Promise<CoworkFollowUpEntity[]> {
    return this.loader.allBy(ctx, CoworkFollowUpEntity, 'entryId', entryId, { position: 'ASC' });
  }

  /**
   * The caller's active arrangement with the family, locked so it cannot end while the entry is
   * written. Without one the family stays closed: logging work is not a way in.
   */
  private async activeArrangement(ctx: RequestContext, familyId: string): Promise<CoworkArrangementEntity> {
    const arrangements = this.db.repository(ctx, CoworkArrangementEntity);
    const specialistUserId = ctx.actor!.userId;
    const active = await arrangements
      .createQueryBuilder('arrangement')
      .setLock('pessimistic_write')
      .where('arrangement.familyId = :familyId AND arrangement.specialistUserId = :specialistUserId AND arrangement.endedOn IS NULL', {
        familyId,
        specialistUserId,
      })
      .getOne();
    if (active) return active;
    if (!(await this.db.repository(ctx, FamilyEntity).existsBy({ id: familyId }))) throw new NotFoundError('familyId: no family has that id.');
    const [ended] = await arrangements.find({ where: { familyId, specialistUserId }, order: { endedOn: 'DESC' }, take: 1 });
    throw new ForbiddenError(
      ended?.endedOn
        ? `Your co-work with this family ended on ${ended.endedOn}; its case holder or a manager of its lead agency can start it again.`
        : 'You do not co-work this family. Its case holder or a manager of its lead agency starts co-work with you (startCowork) before you log work with it.',
    );
  }

  private async assertPractitioners(ctx: RequestContext, userIds: string[]): Promise<void> {
    if (userIds.includes(ctx.actor!.userId)) throw BadUserInputError.field('practitionerUserIds', 'lists you: name the other practitioners who took part');
    if (!userIds.length) return;
    const active = await this.db.repository(ctx, UserEntity).findBy({ id: In(userIds), active: true });
    const missing = userIds.filter((id) => !active.some((user) => user.id === id));
    if (missing.length)
      throw BadUserInputError.field('practitionerUserIds', `${missing.join(', ')} ${missing.length === 1 ? 'is not an active user' : 'are not active users'}`);
  }

  private async assertAgencies(ctx: RequestContext, agencyIds: string[]): Promise<void> {
    if (!agencyIds.length) return;
    const found = await this.db.repository(ctx, AgencyEntity).findBy({ id: In(agencyIds) });
    const missing = agencyIds.filter((id) => !found.some((agency) => agency.id === id));
    if (missing.length) throw BadUserInputError.field('agencyIds', `no agency has the id ${missing.join(', ')}`);
  }

  /** Current or past members: work with a person causing harm often goes on after they leave the household. */
  private async assertFamilyMembers(ctx: RequestContext, familyId: string, personIds: string[]): Promise<void> {
    if (!personIds.length) return;
    const memberships = await this.db.repository(ctx, FamilyMembershipEntity).findBy({ familyId, personId: In(personIds) });
    const missing = personIds.filter((id) => !memberships.some((membership) => membership.personId === id));
    if (missing.length) {
      throw BadUserInputError.field(
        'personSeenIds',
        `${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} never been a member of this family; add them to the family first`,
      );
    }
  }
}
