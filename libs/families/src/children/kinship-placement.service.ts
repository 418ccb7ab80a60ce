import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, ConflictError, EntityLoader, NotFoundError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { IsNull } from 'typeorm';
import { FamilyMembershipEntity } from '../families/family-membership.entity';
import { FamilyService } from '../families/family.service';
import { assertNotBeforeBirth } from '../people/person.entity';
import { PersonService } from '../people/person.service';
import { assertEnd } from './child-contact.service';
import { EndKinshipPlacementInput, RecordKinshipPlacementInput } from './dto/record-kinship-placement.input';
import { KinshipPlacementEntity } from './kinship-placement.entity';

/**
 * Children placed with relatives or friends. The carer is a family member (current or past), so
 * how they are related to the person causing harm can be recorded and checked.
 */
@Injectable()
export class KinshipPlacementService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly families: FamilyService,
    private readonly people: PersonService,
    private readonly loader: EntityLoader,
  ) {}

  async record(ctx: RequestContext, input: RecordKinshipPlacementInput): Promise<KinshipPlacementEntity> {
    await this.families.get(ctx, input.familyId, 'update');
    await this.db.manager(ctx).query(`SELECT 1 FROM family WHERE id = $1 FOR UPDATE`, [input.familyId]);
    const child = await this.families.childOf(ctx, input.familyId, input.childId);
    if (input.carerId === input.childId) throw BadUserInputError.field('carerId', 'must be someone other than the child');
    const carer = await this.people.findVisible(ctx, input.carerId, 'carerId');
    const member = await this.db.repository(ctx, FamilyMembershipEntity).existsBy({ familyId: input.familyId, personId: input.carerId });
    if (!member) throw BadUserInputError.field('carerId', `${carer.givenName} has never been a member of this family; add them to the family first`);
    if (input.placedOn > today()) throw BadUserInputError.field('placedOn', 'cannot be in the future');
    assertNotBeforeBirth(child, input.placedOn, 'placedOn');
    assertEnd(input.placedOn, input.endedOn, 'the placement started');
    const placements = this.db.repository(ctx, KinshipPlacementEntity);
    const current = await placements.findOneBy({ childId: input.childId, endedOn: IsNull() });
    if (current && (!input.endedOn || input.endedOn > current.placedOn)) {
      throw new ConflictError(`${child.givenName} is already placed with kinship carers since ${current.placedOn}; record when that placement ended first.`);
    }
    const placement = await placements.save({
      familyId: input.familyId,
      childId: input.childId,
      carerId: input.carerId,
      carerRelationship: input.carerRelationship,
      placedOn: input.placedOn,
      endedOn: input.endedOn ?? null,
      recordedByUserId: ctx.actor!.userId,
    });
    await this.audit.record(ctx, {
      action: 'kinship_placement.record',
      subjectType: 'Family',
      subjectId: input.familyId,
      detail: { placementId: placement.id },
    });
    return placement;
  }

  async end(ctx: RequestContext, input: EndKinshipPlacementInput): Promise<KinshipPlacementEntity> {
    const placements = this.db.repository(ctx, KinshipPlacementEntity);
    const placement = await placements.createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: input.placementId }).getOne();
    if (!placement) throw new NotFoundError('placementId: no kinship placement has that id.');
    await this.families.get(ctx, placement.familyId, 'update');
    if (placement.endedOn) throw new ConflictError(`This placement already ended on ${placement.endedOn}.`);
    assertEnd(placement.placedOn, input.endedOn, 'the placement started');
    placement.endedOn = input.endedOn;
    await placements.save(placement);
    await this.audit.record(ctx, {
      action: 'kinship_placement.end',
      subjectType: 'Family',
      subjectId: placement.familyId,
      detail: { placementId: placement.id },
    });
    return placement;
  }

  forFamily(ctx: RequestContext, familyId: string): Promise<KinshipPlacementEntity[]> {
    return this.loader.allBy(ctx, KinshipPlacementEntity, 'familyId', familyId, { placedOn: 'ASC', recordedAt: 'ASC' });
  }
}
