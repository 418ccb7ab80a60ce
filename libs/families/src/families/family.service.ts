import { Injectable } from '@nestjs/common';
import { abilityOf, applyAccessFilter, assertCan, outOfScopeRefusal } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import {
  Action,
  BadUserInputError,
  ConflictError,
  Connection,
  EntityLoader,
  NotFoundError,
  PageArgs,
  paginate,
  RequestContext,
  today,
  TransactionalConnection,
} from '@waymark/platform';
import { AllocationEntity } from '../allocations/allocation.entity';
import { ALLOCATED_FAMILIES_SQL } from '../family-access.facts';
import { PersonService } from '../people/person.service';
import { AddFamilyMemberInput, RecordMemberLeftInput } from './dto/add-family-member.input';
import { CreateFamilyInput } from './dto/create-family.input';
import { PersonEntity } from '../people/person.entity';
import { FamilyMembershipEntity, MemberKind } from './family-membership.entity';
import { FamilyEntity } from './family.entity';

@Injectable()
export class FamilyService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly people: PersonService,
    private readonly loader: EntityLoader,
  ) {}

  /** The practitioner who opens a family record is allocated to it, so they can go on working with it. */
  async create(ctx: RequestContext, input: CreateFamilyInput): Promise<FamilyEntity> {
    const family = await this.db.repository(ctx, FamilyEntity).save({ name: input.name.trim(), agencyId: ctx.actor!.agencyId });
    await this.db.repository(ctx, AllocationEntity).save({ familyId: family.id, userId: ctx.actor!.userId, teamId: null, startedOn: today() });
    await this.audit.record(ctx, { action: 'family.create', subjectType: 'Family', subjectId: family.id });
    return family;
  }

  list(ctx: RequestContext, page: PageArgs & { allocatedToMe?: boolean }): Promise<Connection<FamilyEntity>> {
    const query = this.db.repository(ctx, FamilyEntity).createQueryBuilder('family');
    applyAccessFilter(query, abilityOf(ctx), 'read', 'Family');
    // The same allocation rule that opens a family to its case holder, narrowing (never widening) the access filter.
    if (page.allocatedToMe) query.andWhere(`family.id IN (${ALLOCATED_FAMILIES_SQL.replaceAll('$1', ':allocatedTo')})`, { allocatedTo: ctx.actor!.userId });
    return paginate(query, page, { sort: 'family.createdAt', id: 'family.id', direction: 'DESC', sortValue: (f) => f.createdAt.toISOString() });
  }

  async get(ctx: RequestContext, id: string, action: Action = 'read'): Promise<FamilyEntity> {
    const family = await this.db.repository(ctx, FamilyEntity).findOneBy({ id });
    if (!family) throw new NotFoundError('No family has that id.');
    await assertCan(
      ctx,
      action,
      'Family',
      family,
      action === 'read' ? outOfScopeRefusal(ctx, 'this family') : `You have no involvement that lets you ${action} this family.`,
    );
    return family;
  }

  /** A child of this family that the caller can see: the subject of episodes and assessments. */
  async childOf(ctx: RequestContext, familyId: string, childId: string): Promise<PersonEntity> {
    const child = await this.people.findVisible(ctx, childId, 'childId');
    const isChild = await this.db.repository(ctx, FamilyMembershipEntity).existsBy({ familyId, personId: childId, kind: MemberKind.CHILD });
    if (!isChild) throw BadUserInputError.field('childId', `${child.givenName} is not recorded as a child in this family`);
    return child;
  }

  members(ctx: RequestContext, familyId: string): Promise<FamilyMembershipEntity[]> {
    return this.loader.allBy(ctx, FamilyMembershipEntity, 'familyId', familyId, { joinedOn: 'ASC', id: 'ASC' });
  }

  async addMember(ctx: RequestContext, input: AddFamilyMemberInput): Promise<FamilyMembershipEntity> {
    await this.get(ctx, input.familyId, 'update');
    // Serialises membership changes per family, so two requests cannot both pass the overlap check.
    await this.db.manager(ctx).query(`SELECT 1 FROM family WHERE id = $1 FOR UPDATE`, [input.familyId]);
    const person = await this.people.findVisible(ctx, input.personId, 'personId');
    if (input.joinedOn > today()) throw BadUserInputError.field('joinedOn', 'cannot be in the future');
    if (person.dateOfBirth && input.joinedOn < person.dateOfBirth) {
      throw BadUserInputError.field('joinedOn', `is before ${person.givenName}'s date of birth (${person.dateOfBirth})`);
    }
    const overlapping = await this.db
      .repository(ctx, FamilyMembershipEntity)
      .createQueryBuilder('m')
      .where('m.familyId = :familyId AND m.personId = :personId', input)
      .andWhere('(m.leftOn IS NULL OR m.leftOn > :joinedOn)', { joinedOn: input.joinedOn })
      .getOne();
    if (overlapping) {
      throw new ConflictError(
        `${person.givenName} is already a member of this family from ${overlapping.joinedOn}${overlapping.leftOn ? ` to ${overlapping.leftOn}` : ''}; record when they left first.`,
      );
    }
    const membership = await this.db.repository(ctx, FamilyMembershipEntity).save({
      familyId: input.familyId,
      personId: input.personId,
      kind: input.kind,
      joinedOn: input.joinedOn,
      leftOn: null,
    });
    await this.audit.record(ctx, { action: 'family.add_member', subjectType: 'Family', subjectId: input.familyId, detail: { membershipId: membership.id } });
    return membership;
  }

  async recordMemberLeft(ctx: RequestContext, input: RecordMemberLeftInput): Promise<FamilyMembershipEntity> {
    const repository = this.db.repository(ctx, FamilyMembershipEntity);
    const membership = await repository.findOneBy({ id: input.membershipId });
    if (!membership) throw new NotFoundError('membershipId: no membership has that id.');
    await this.get(ctx, membership.familyId, 'update');
    if (membership.leftOn) throw new ConflictError(`This member already left on ${membership.leftOn}.`);
    if (input.leftOn > today()) throw BadUserInputError.field('leftOn', 'cannot be in the future');
    if (input.leftOn < membership.joinedOn) throw BadUserInputError.field('leftOn', `is before they joined (${membership.joinedOn})`);
    membership.leftOn = input.leftOn;
    await repository.save(membership);
    await this.audit.record(ctx, {
      action: 'family.member_left',
      subjectType: 'Family',
      subjectId: membership.familyId,
      detail: { membershipId: membership.id },
    });
    return membership;
  }
}
