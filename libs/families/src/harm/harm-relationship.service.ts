import { onlyAllowed } from '@waymark/access';
import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, EntityLoader, NotFoundError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { FamilyMembershipEntity } from '../families/family-membership.entity';
import { FamilyService } from '../families/family.service';
import { PersonService } from '../people/person.service';
import { RecordHarmRelationshipInput } from './dto/record-harm-relationship.input';
import { HarmRelationshipEntity } from './harm-relationship.entity';

/** Harm relationships between members of a family: who causes harm to whom, and how it is known. */
@Injectable()
export class HarmRelationshipService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly families: FamilyService,
    private readonly people: PersonService,
    private readonly loader: EntityLoader,
  ) {}

  async record(ctx: RequestContext, input: RecordHarmRelationshipInput): Promise<HarmRelationshipEntity> {
    await this.families.get(ctx, input.familyId, 'update');
    if (input.personCausingHarmId === input.personHarmedId) {
      throw BadUserInputError.field('personHarmedId', 'must be a different person from the person causing harm');
    }
    await this.assertMember(ctx, input.familyId, input.personCausingHarmId, 'personCausingHarmId');
    await this.assertMember(ctx, input.familyId, input.personHarmedId, 'personHarmedId');
    if (input.recordedOn > today()) throw BadUserInputError.field('recordedOn', 'cannot be in the future');
    const relationship = await this.db.repository(ctx, HarmRelationshipEntity).save({
      familyId: input.familyId,
      personCausingHarmId: input.personCausingHarmId,
      personHarmedId: input.personHarmedId,
      forms: input.forms,
      disclosure: input.disclosure,
      typology: input.typology ?? null,
      recordedOn: input.recordedOn,
      recordedByUserId: ctx.actor!.userId,
      note: input.note?.trim() || null,
    });
    await this.audit.record(ctx, { action: 'harm_relationship.record', subjectType: 'Family', subjectId: input.familyId, detail: { id: relationship.id } });
    return relationship;
  }

  /** The family's harm records the caller may see (see harm.permissions.ts). */
  async forFamily(ctx: RequestContext, familyId: string): Promise<HarmRelationshipEntity[]> {
    const rows = await this.loader.allBy(ctx, HarmRelationshipEntity, 'familyId', familyId, { recordedOn: 'ASC', recordedAt: 'ASC' });
    return onlyAllowed(ctx, 'read', 'HarmRelationship', rows);
  }

  /** Visible to the caller and a member of this family at some time (current or past, adult or child). */
  private async assertMember(ctx: RequestContext, familyId: string, personId: string, field: string): Promise<void> {
    const person = await this.people.findVisible(ctx, personId, field);
    const member = await this.db.repository(ctx, FamilyMembershipEntity).existsBy({ familyId, personId });
    if (!member) throw new NotFoundError(`${field}: ${person.givenName} has never been a member of this family; add them to the family first.`);
  }
}
