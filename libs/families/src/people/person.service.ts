import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { abilityOf, asSubject, assertCan } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, isRealDate, NotFoundError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { CreatePersonInput } from './dto/create-person.input';
import { PersonEntity } from './person.entity';

/** People, with every read of a person record audited. */
@Injectable()
export class PersonService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext, input: CreatePersonInput): Promise<PersonEntity> {
    this.assertDates(input);
    const person = await this.db.repository(ctx, PersonEntity).save({
      givenName: input.givenName.trim(),
      familyName: input.familyName.trim(),
      aliases: (input.aliases ?? []).map((alias) => alias.trim()).filter(Boolean),
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
      createdByUserId: ctx.actor!.userId,
    });
    await this.audit.record(ctx, { action: 'person.create', subjectType: 'Person', subjectId: person.id });
    return person;
  }

  async get(ctx: RequestContext, id: string): Promise<PersonEntity> {
    const person = await this.db.repository(ctx, PersonEntity).findOneBy({ id });
    if (!person) throw new NotFoundError('No person has that id.');
    assertCan(ctx, 'read', 'Person', person, 'You have no involvement with this person. If you need the record urgently, request break-glass access.');
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
          const ability = abilityOf(ctx);
          const visible = rows.filter((row) => ability.can('read', asSubject('Person', row)));
          await this.audit.recordReads(ctx, 'Person', visible.map((row) => row.id));
          const byId = new Map(visible.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
    return loader.load(id);
  }

  /** Must exist and be visible to the caller; otherwise NOT_FOUND, revealing nothing. */
  async findVisible(ctx: RequestContext, id: string, field: string): Promise<PersonEntity> {
    const person = await this.db.repository(ctx, PersonEntity).findOneBy({ id });
    if (!person || !abilityOf(ctx).can('read', asSubject('Person', person))) {
      throw new NotFoundError(`${field}: no person you can see has that id.`);
    }
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
