import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, EntityLoader, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { FamilyService } from '../families/family.service';
import { PersonService } from '../people/person.service';
import { RecordPractitionerContactInput } from './dto/record-practitioner-contact.input';
import { PractitionerContactEntity } from './practitioner-contact.entity';

/**
 * Where the person causing harm is recorded in a family: the same three records the
 * PERSON_CAUSING_HARM_NOT_ENGAGED signal reads.
 */
const CAUSES_HARM_IN_FAMILY = `
  SELECT EXISTS (SELECT 1 FROM harm_relationship WHERE family_id = $1 AND person_causing_harm_id = $2)
      OR EXISTS (SELECT 1 FROM risk_assessment WHERE family_id = $1 AND person_causing_harm_id = $2)
      OR EXISTS (SELECT 1 FROM incident i JOIN incident_person ip ON ip.incident_id = i.id
                  WHERE i.family_id = $1 AND ip.person_id = $2 AND ip.role = 'PERSON_CAUSING_HARM') AS causes_harm`;

/** A practitioner's own visits and sessions with a person causing harm, so ordinary social work can show he was engaged. */
@Injectable()
export class PractitionerContactService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly families: FamilyService,
    private readonly people: PersonService,
    private readonly loader: EntityLoader,
  ) {}

  async record(ctx: RequestContext, input: RecordPractitionerContactInput): Promise<PractitionerContactEntity> {
    await this.families.get(ctx, input.familyId, 'update');
    const adult = await this.people.findVisible(ctx, input.personCausingHarmId, 'personCausingHarmId');
    const [{ causes_harm }] = await this.db.manager(ctx).query(CAUSES_HARM_IN_FAMILY, [input.familyId, input.personCausingHarmId]);
    if (!causes_harm) {
      throw BadUserInputError.field('personCausingHarmId', `${adult.givenName} is not recorded as causing harm in this family; record the harm first`);
    }
    if (input.occurredOn > today()) throw BadUserInputError.field('occurredOn', 'cannot be in the future');
    const contact = await this.db.repository(ctx, PractitionerContactEntity).save({
      familyId: input.familyId,
      personCausingHarmId: input.personCausingHarmId,
      kind: input.kind,
      outcome: input.outcome,
      occurredOn: input.occurredOn,
      recordedByUserId: ctx.actor!.userId,
    });
    // Audited against the family, which also queues its signals for re-evaluation.
    await this.audit.record(ctx, {
      action: 'practitioner_contact.record',
      subjectType: 'Family',
      subjectId: input.familyId,
      detail: { contactId: contact.id, kind: input.kind, outcome: input.outcome },
    });
    return contact;
  }

  forFamily(ctx: RequestContext, familyId: string): Promise<PractitionerContactEntity[]> {
    return this.loader.allBy(ctx, PractitionerContactEntity, 'familyId', familyId, { occurredOn: 'ASC', recordedAt: 'ASC' });
  }
}
