import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, ConflictError, EntityLoader, NotFoundError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { IsNull } from 'typeorm';
import { FamilyMembershipEntity, MemberKind } from '../families/family-membership.entity';
import { FamilyService } from '../families/family.service';
import { PersonService } from '../people/person.service';
import { CoupleStatusEventEntity } from './couple-status-event.entity';
import { RecordReconciliationInput, RecordRelationshipInput, RecordSeparationInput } from './dto/record-relationship.input';
import { PersonRelationshipEntity } from './person-relationship.entity';
import { COUPLE_TYPES, CoupleStatus, RelationshipType } from './relationship-kinds';

/** Who is related to whom, and for couples a dated history of being together, separating and reconciling. */
@Injectable()
export class RelationshipService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly families: FamilyService,
    private readonly people: PersonService,
    private readonly loader: EntityLoader,
  ) {}

  async record(ctx: RequestContext, input: RecordRelationshipInput): Promise<PersonRelationshipEntity> {
    await this.families.get(ctx, input.familyId, 'update');
    if (input.personId === input.relatedPersonId) throw BadUserInputError.field('relatedPersonId', 'must be someone other than personId');
    const kinds = await this.memberKinds(ctx, input.familyId, [input.personId, input.relatedPersonId]);
    for (const field of ['personId', 'relatedPersonId'] as const) {
      const person = await this.people.findVisible(ctx, input[field], field);
      if (!kinds.has(input[field])) throw BadUserInputError.field(field, `${person.givenName} is not a member of this family`);
    }
    const isCouple = COUPLE_TYPES.includes(input.type);
    if (isCouple && (kinds.get(input.personId) !== MemberKind.ADULT || kinds.get(input.relatedPersonId) !== MemberKind.ADULT)) {
      throw BadUserInputError.field('type', `${input.type} is for two adults in the family`);
    }
    if (input.togetherSince && input.type !== RelationshipType.PARTNER) throw BadUserInputError.field('togetherSince', 'applies to PARTNER only');
    if (input.togetherSince && input.togetherSince > today()) throw BadUserInputError.field('togetherSince', 'cannot be in the future');
    // A couple is the same couple whichever way round it was recorded.
    const pairs = [{ personId: input.personId, relatedPersonId: input.relatedPersonId }];
    if (isCouple) pairs.push({ personId: input.relatedPersonId, relatedPersonId: input.personId });
    const duplicate = await this.db
      .repository(ctx, PersonRelationshipEntity)
      .findOneBy(pairs.map((pair) => ({ familyId: input.familyId, type: input.type, ...pair })));
    if (duplicate) throw new ConflictError('That relationship is already recorded.');

    const relationship = await this.db.repository(ctx, PersonRelationshipEntity).save({
      familyId: input.familyId,
      personId: input.personId,
      relatedPersonId: input.relatedPersonId,
      type: input.type,
      recordedByUserId: ctx.actor!.userId,
    });
    if (input.type === RelationshipType.PARTNER) {
      await this.addStatus(ctx, relationship, CoupleStatus.TOGETHER, input.togetherSince ?? today(), null, null);
    }
    await this.audit.record(ctx, {
      action: 'relationship.record',
      subjectType: 'Family',
      subjectId: input.familyId,
      detail: { relationshipId: relationship.id, type: input.type },
    });
    return relationship;
  }

  /** Separation is its own event; the adult who left stops being a household member on that date. */
  async recordSeparation(ctx: RequestContext, input: RecordSeparationInput): Promise<PersonRelationshipEntity> {
    const { relationship, last } = await this.coupleForChange(ctx, input.relationshipId, input.separatedOn, 'separatedOn');
    if (last?.status === CoupleStatus.SEPARATED) throw new ConflictError(`This couple is already recorded as separated since ${last.occurredOn}.`);
    const leaver = input.leftHouseholdPersonId ?? null;
    if (leaver && leaver !== relationship.personId && leaver !== relationship.relatedPersonId) {
      throw BadUserInputError.field('leftHouseholdPersonId', 'must be one of the two people in the relationship');
    }
    if (leaver) {
      const memberships = this.db.repository(ctx, FamilyMembershipEntity);
      const current = await memberships.findOneBy({ familyId: relationship.familyId, personId: leaver, leftOn: IsNull() });
      if (current && current.joinedOn > input.separatedOn) {
        throw BadUserInputError.field('separatedOn', `is before they joined the household (${current.joinedOn})`);
      }
      if (current) await memberships.update(current.id, { leftOn: input.separatedOn });
    }
    await this.addStatus(ctx, relationship, CoupleStatus.SEPARATED, input.separatedOn, leaver, input.note);
    await this.audit.record(ctx, {
      action: 'relationship.separation',
      subjectType: 'Family',
      subjectId: relationship.familyId,
      detail: { relationshipId: relationship.id },
    });
    return relationship;
  }

  async recordReconciliation(ctx: RequestContext, input: RecordReconciliationInput): Promise<PersonRelationshipEntity> {
    const { relationship, last } = await this.coupleForChange(ctx, input.relationshipId, input.reconciledOn, 'reconciledOn');
    if (last?.status !== CoupleStatus.SEPARATED) throw new ConflictError('Only a separated couple can reconcile; record the separation first.');
    await this.addStatus(ctx, relationship, CoupleStatus.RECONCILED, input.reconciledOn, null, input.note);
    await this.audit.record(ctx, {
      action: 'relationship.reconciliation',
      subjectType: 'Family',
      subjectId: relationship.familyId,
      detail: { relationshipId: relationship.id },
    });
    return relationship;
  }

  forFamily(ctx: RequestContext, familyId: string): Promise<PersonRelationshipEntity[]> {
    return this.loader.allBy(ctx, PersonRelationshipEntity, 'familyId', familyId, { createdAt: 'ASC', id: 'ASC' });
  }

  statusHistory(ctx: RequestContext, relationshipId: string): Promise<CoupleStatusEventEntity[]> {
    return this.loader.allBy(ctx, CoupleStatusEventEntity, 'relationshipId', relationshipId, { occurredOn: 'ASC', recordedAt: 'ASC' });
  }

  private async coupleForChange(ctx: RequestContext, relationshipId: string, date: string, field: string) {
    // Locked, so two status changes to one couple cannot both pass the checks.
    const relationship = await this.db
      .repository(ctx, PersonRelationshipEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :relationshipId', { relationshipId })
      .getOne();
    if (!relationship) throw new NotFoundError('relationshipId: no relationship has that id.');
    await this.families.get(ctx, relationship.familyId, 'update');
    if (!COUPLE_TYPES.includes(relationship.type)) throw BadUserInputError.field('relationshipId', `is a ${relationship.type} relationship, not a couple`);
    if (date > today()) throw BadUserInputError.field(field, 'cannot be in the future');
    const [last] = await this.db
      .repository(ctx, CoupleStatusEventEntity)
      .find({ where: { relationshipId }, order: { occurredOn: 'DESC', recordedAt: 'DESC' }, take: 1 });
    if (last && date < last.occurredOn)
      throw BadUserInputError.field(field, `is before the couple's last recorded change (${last.status} on ${last.occurredOn})`);
    return { relationship, last };
  }

  private async addStatus(
    ctx: RequestContext,
    relationship: PersonRelationshipEntity,
    status: CoupleStatus,
    occurredOn: string,
    leftHouseholdPersonId: string | null,
    note: string | null | undefined,
  ) {
    await this.db.repository(ctx, CoupleStatusEventEntity).save({
      relationshipId: relationship.id,
      familyId: relationship.familyId,
      status,
      occurredOn,
      leftHouseholdPersonId,
      note: note?.trim() || null,
      recordedByUserId: ctx.actor!.userId,
    });
  }

  private async memberKinds(ctx: RequestContext, familyId: string, personIds: string[]): Promise<Map<string, MemberKind>> {
    const rows = await this.db
      .repository(ctx, FamilyMembershipEntity)
      .createQueryBuilder('m')
      .where('m.familyId = :familyId AND m.personId IN (:...personIds)', { familyId, personIds })
      .getMany();
    return new Map(rows.map((row) => [row.personId, row.kind]));
  }
}
