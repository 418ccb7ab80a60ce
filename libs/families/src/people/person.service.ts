import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { allowed, assertCan, onlyAllowed, outOfScopeRefusal } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, isRealDate, NotFoundError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { CreatePersonInput } from './dto/create-person.input';
import { PersonMatchingService, PossibleDuplicate } from './person-matching.service';
import { PersonEntity } from './person.entity';

export interface PersonCreation {
  /** Null when possible duplicates were found and the caller has not confirmed. */
  person: PersonEntity | null;
  possibleDuplicates: PossibleDuplicate[];
}

/** People, with every read of a person record audited. */
@Injectable()
export class PersonService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly matching: PersonMatchingService,
  ) {}

  /** Checks for possible duplicates first; records nothing while there are some and the caller has not confirmed. */
  async create(ctx: RequestContext, input: CreatePersonInput): Promise<PersonCreation> {
    this.assertDates(input);
    const givenName = input.givenName.trim();
    const familyName = input.familyName.trim();
    const aliases = (input.aliases ?? []).map((alias) => alias.trim()).filter(Boolean);
    const postcodeArea = input.postcodeArea?.trim().toUpperCase() || null;
    const possibleDuplicates = await this.matching.possibleDuplicates(ctx, {
      givenName,
      familyName,
      aliases,
      date: input.dateOfBirth ?? input.expectedDateOfBirth ?? null,
      postcodeArea,
    });
    if (possibleDuplicates.length && !input.confirmNotDuplicate) {
      await this.audit.record(ctx, { action: 'person.duplicate_check', subjectType: 'Person', detail: { possibleDuplicates: possibleDuplicates.length } });
      return { person: null, possibleDuplicates };
    }
    const person = await this.db.repository(ctx, PersonEntity).save({
      givenName,
      familyName,
      aliases,
      dateOfBirth: input.dateOfBirth ?? null,
      expectedDateOfBirth: input.expectedDateOfBirth ?? null,
      gender: input.gender,
      ethnicityGroup: input.ethnicityGroup,
      ethnicityDetail: input.ethnicityDetail ?? null,
      firstLanguage: input.firstLanguage ?? null,
      interpreterNeeded: input.interpreterNeeded ?? false,
      disability: input.disability ?? null,
      immigrationStatus: input.immigrationStatus ?? null,
      noRecourseToPublicFunds: input.noRecourseToPublicFunds ?? false,
      confidentialAddress: input.confidentialAddress ?? null,
      safeContactDetails: input.safeContactDetails ?? null,
      postcodeArea,
      mergedIntoId: null,
      createdByUserId: ctx.actor!.userId,
    });
    await this.audit.record(ctx, {
      action: 'person.create',
      subjectType: 'Person',
      subjectId: person.id,
      detail: possibleDuplicates.length ? { confirmedNotDuplicateOf: possibleDuplicates.map((d) => d.personId) } : undefined,
    });
    return { person, possibleDuplicates };
  }

  async get(ctx: RequestContext, id: string): Promise<PersonEntity> {
    const person = await this.db.repository(ctx, PersonEntity).findOneBy({ id });
    if (!person) throw new NotFoundError('No person has that id.');
    if (person.mergedIntoId) throw mergedAway(person.mergedIntoId);
    await assertCan(ctx, 'read', 'Person', person, outOfScopeRefusal(ctx, 'this person'));
    await this.audit.recordReads(ctx, 'Person', [person.id]);
    return person;
  }

  /** For references from other records (family members): batched, and audited as one insert per batch. */
  load(ctx: RequestContext, id: string): Promise<PersonEntity | null> {
    const loader = ctx.loader(
      'person-reads',
      () =>
        new DataLoader<string, PersonEntity | null>(async (ids) => {
          const rows = await this.db.repository(ctx, PersonEntity).findBy({ id: In([...ids]) });
          const visible = await onlyAllowed(
            ctx,
            'read',
            'Person',
            rows.filter((row) => !row.mergedIntoId),
          );
          await this.audit.recordReads(
            ctx,
            'Person',
            visible.map((row) => row.id),
          );
          const byId = new Map(visible.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
    return loader.load(id);
  }

  /** Must exist and be visible to the caller; otherwise NOT_FOUND, revealing nothing. */
  async findVisible(ctx: RequestContext, id: string, field: string): Promise<PersonEntity> {
    const person = await this.db.repository(ctx, PersonEntity).findOneBy({ id });
    if (!person || !(await allowed(ctx, 'read', 'Person', person))) {
      throw new NotFoundError(`${field}: no person you can see has that id.`);
    }
    if (person.mergedIntoId) throw mergedAway(person.mergedIntoId, field);
    return person;
  }

  private assertDates(input: CreatePersonInput): void {
    if (input.dateOfBirth && input.expectedDateOfBirth) {
      throw BadUserInputError.field('expectedDateOfBirth', 'give either a date of birth or an expected date of birth, not both');
    }
    for (const field of ['dateOfBirth', 'expectedDateOfBirth'] as const) {
      const value = input[field];
      if (value && !isRealDate(value)) throw BadUserInputError.field(field, 'is not a real date');
    }
    if (input.dateOfBirth && input.dateOfBirth > today()) {
      throw BadUserInputError.field('dateOfBirth', 'cannot be in the future; for an unborn child use expectedDateOfBirth');
    }
  }
}

/** A merged record is kept for history but never used: point the caller at the record it became. */
function mergedAway(mergedIntoId: string, field?: string): NotFoundError {
  const message = `this person's record was merged into person ${mergedIntoId}; use that record instead.`;
  return new NotFoundError(field ? `${field}: ${message}` : message.charAt(0).toUpperCase() + message.slice(1));
}
