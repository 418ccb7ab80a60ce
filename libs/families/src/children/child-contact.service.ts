import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, codeWords, ConflictError, EntityLoader, NotFoundError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { IsNull } from 'typeorm';
import { FamilyService } from '../families/family.service';
import { HarmRelationshipEntity } from '../harm/harm-relationship.entity';
import { assertNotBeforeBirth } from '../people/person.entity';
import { PersonService } from '../people/person.service';
import { ChildContactEntity } from './child-contact.entity';
import { EndChildContactInput, RecordChildContactInput } from './dto/record-child-contact.input';

/** Contact between a child and a person causing harm: dated, because risk continues through contact after separation. */
@Injectable()
export class ChildContactService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly families: FamilyService,
    private readonly people: PersonService,
    private readonly loader: EntityLoader,
  ) {}

  async record(ctx: RequestContext, input: RecordChildContactInput): Promise<ChildContactEntity> {
    await this.families.get(ctx, input.familyId, 'update');
    // Serialises arrangements per family, so two requests cannot both pass the overlap check.
    await this.db.manager(ctx).query(`SELECT 1 FROM family WHERE id = $1 FOR UPDATE`, [input.familyId]);
    const child = await this.families.childOf(ctx, input.familyId, input.childId);
    const adult = await this.people.findVisible(ctx, input.personCausingHarmId, 'personCausingHarmId');
    const causesHarm = await this.db
      .repository(ctx, HarmRelationshipEntity)
      .existsBy({ familyId: input.familyId, personCausingHarmId: input.personCausingHarmId });
    if (!causesHarm) {
      throw BadUserInputError.field('personCausingHarmId', `${adult.givenName} is not recorded as causing harm in this family; record the harm first`);
    }
    if (input.startedOn > today()) throw BadUserInputError.field('startedOn', 'cannot be in the future');
    assertNotBeforeBirth(child, input.startedOn, 'startedOn');
    assertEnd(input.startedOn, input.endedOn, 'startedOn');
    const contacts = this.db.repository(ctx, ChildContactEntity);
    const current = await contacts.findOneBy({
      familyId: input.familyId,
      childId: input.childId,
      personCausingHarmId: input.personCausingHarmId,
      endedOn: IsNull(),
    });
    if (current && (!input.endedOn || input.endedOn > current.startedOn)) {
      throw new ConflictError(
        `${child.givenName} already has ${codeWords(current.arrangement)} contact with ${adult.givenName} since ${current.startedOn}; record when it ended first.`,
      );
    }
    const contact = await contacts.save({
      familyId: input.familyId,
      childId: input.childId,
      personCausingHarmId: input.personCausingHarmId,
      arrangement: input.arrangement,
      startedOn: input.startedOn,
      endedOn: input.endedOn ?? null,
      recordedByUserId: ctx.actor!.userId,
    });
    await this.audit.record(ctx, {
      action: 'child_contact.record',
      subjectType: 'Family',
      subjectId: input.familyId,
      detail: { contactId: contact.id, arrangement: input.arrangement },
    });
    return contact;
  }

  async end(ctx: RequestContext, input: EndChildContactInput): Promise<ChildContactEntity> {
    const contacts = this.db.repository(ctx, ChildContactEntity);
    const contact = await contacts.createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id: input.contactId }).getOne();
    if (!contact) throw new NotFoundError('contactId: no child contact arrangement has that id.');
    await this.families.get(ctx, contact.familyId, 'update');
    if (contact.endedOn) throw new ConflictError(`This contact arrangement already ended on ${contact.endedOn}.`);
    assertEnd(contact.startedOn, input.endedOn, 'it started');
    contact.endedOn = input.endedOn;
    await contacts.save(contact);
    await this.audit.record(ctx, { action: 'child_contact.end', subjectType: 'Family', subjectId: contact.familyId, detail: { contactId: contact.id } });
    return contact;
  }

  forFamily(ctx: RequestContext, familyId: string): Promise<ChildContactEntity[]> {
    return this.loader.allBy(ctx, ChildContactEntity, 'familyId', familyId, { startedOn: 'ASC', recordedAt: 'ASC' });
  }
}

/** An end date, when given: not in the future and not before the start. */
export function assertEnd(startedOn: string, endedOn: string | undefined, startName: string): void {
  if (!endedOn) return;
  if (endedOn > today()) throw BadUserInputError.field('endedOn', 'cannot be in the future');
  if (endedOn < startedOn) throw BadUserInputError.field('endedOn', `is before ${startName} (${startedOn})`);
}
