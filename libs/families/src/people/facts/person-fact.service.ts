import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, EntityLoader, ForbiddenError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { allowed } from '@waymark/access';
import { FamilyEntity } from '../../families/family.entity';
import { FamilyMembershipEntity } from '../../families/family-membership.entity';
import { PersonEntity } from '../person.entity';
import { PersonService } from '../person.service';
import { PersonFactKind } from './person-fact-kind';
import { PersonFactEntity } from './person-fact.entity';
import { PersonFactModel, RecordPersonFactInput } from './person-fact.model';

/**
 * The history of the person facts signals and reports read on a day (interpreter need, date of
 * birth). A new value is recorded with the day it holds from; the person record keeps the value that
 * holds today, so screens that show "now" are unchanged. SQL reads the value on a day through
 * person_interpreter_needed_on / person_date_of_birth_on (migration 1764000000202).
 */
@Injectable()
export class PersonFactService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly people: PersonService,
    private readonly loader: EntityLoader,
  ) {}

  async record(ctx: RequestContext, input: RecordPersonFactInput): Promise<PersonFactEntity> {
    const person = await this.people.findVisible(ctx, input.personId, 'personId');
    await this.assertWorksWith(ctx, person);
    if (input.validFrom > today()) throw BadUserInputError.field('validFrom', 'cannot be in the future');
    let value: string;
    if (input.fact === PersonFactKind.INTERPRETER_NEEDED) {
      if (input.interpreterNeeded === undefined || input.interpreterNeeded === null)
        throw BadUserInputError.field('interpreterNeeded', 'say whether they need an interpreter');
      value = String(input.interpreterNeeded);
    } else {
      if (!input.dateOfBirth) throw BadUserInputError.field('dateOfBirth', 'give the date of birth');
      if (input.dateOfBirth > today()) throw BadUserInputError.field('dateOfBirth', 'cannot be in the future');
      value = input.dateOfBirth;
    }
    const fact = await this.db.repository(ctx, PersonFactEntity).save({
      personId: person.id,
      fact: input.fact,
      value,
      validFrom: input.validFrom,
      recordedByUserId: ctx.actor!.userId,
    });
    // The person record holds the value on today, whatever order the history was recorded in.
    const [{ interpreter, birth }] = await this.db
      .manager(ctx)
      .query(`SELECT person_interpreter_needed_on($1, $2::date) AS interpreter, person_date_of_birth_on($1, $2::date)::text AS birth`, [person.id, today()]);
    await this.db.repository(ctx, PersonEntity).update({ id: person.id }, { interpreterNeeded: interpreter, dateOfBirth: birth });
    const families = await this.db.repository(ctx, FamilyMembershipEntity).findBy({ personId: person.id });
    await this.audit.record(ctx, {
      action: 'person.record_fact',
      subjectType: 'Person',
      subjectId: person.id,
      familyIds: [...new Set(families.map((m) => m.familyId))],
      detail: { fact: input.fact, validFrom: input.validFrom },
    });
    return fact;
  }

  async history(ctx: RequestContext, personId: string): Promise<PersonFactModel[]> {
    const rows = await this.loader.allBy(ctx, PersonFactEntity, 'personId', personId, { recordedAt: 'ASC' });
    return rows
      .sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '') || a.recordedAt.getTime() - b.recordedAt.getTime())
      .map((row) => ({
        id: row.id,
        fact: row.fact,
        validFrom: row.validFrom,
        recordedAt: row.recordedAt,
        interpreterNeeded: row.fact === PersonFactKind.INTERPRETER_NEEDED ? row.value === 'true' : null,
        dateOfBirth: row.fact === PersonFactKind.DATE_OF_BIRTH ? row.value : null,
      }));
  }

  /** Recording a fact is working with the person: the caller must be able to update one of their families. */
  private async assertWorksWith(ctx: RequestContext, person: PersonEntity): Promise<void> {
    const memberships = await this.db.repository(ctx, FamilyMembershipEntity).findBy({ personId: person.id });
    const families = memberships.length ? await this.db.repository(ctx, FamilyEntity).findBy(memberships.map((m) => ({ id: m.familyId }))) : [];
    for (const family of families) if (await allowed(ctx, 'update', 'Family', family)) return;
    throw new ForbiddenError(`Facts about ${person.givenName} are recorded by a practitioner working with one of their families.`);
  }
}
