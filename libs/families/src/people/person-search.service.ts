import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { abilityOf, applyAccessFilter, readableFieldWhere } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, Connection, PageArgs, paginate, RequestContext, TransactionalConnection } from '@waymark/platform';
import { FamilyEntity } from '../families/family.entity';
import { FamilyMembershipEntity } from '../families/family-membership.entity';
import { PersonSearchInput } from './dto/person-search.input';
import { ALIAS_KEYS, NAME_KEY, nameKeyOf } from './person-name-keys';
import { PersonEntity } from './person.entity';

export interface PersonSearchResult {
  person: PersonEntity;
}

const SEARCHED_NAME = nameKeyOf('searchName');
/** Sorted by family name then given name; the cursor holds this exact value. */
const SORT = `(p.family_name || ' ' || p.given_name)`;

/**
 * Finds people by name or alias, date of birth and postcode area, in one SQL query that only ever
 * looks at people the caller may read, and matches a restricted field (aliases, postcode area)
 * only on records where the caller may read that field: a value they may not see never finds
 * anyone for them, so neither a result nor its absence says anything about it.
 */
@Injectable()
export class PersonSearchService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  async search(ctx: RequestContext, input: PersonSearchInput, page: PageArgs): Promise<Connection<PersonSearchResult>> {
    const name = input.name?.trim() || null;
    const dateOfBirth = input.dateOfBirth || null;
    const postcodeArea = input.postcodeArea?.trim().toUpperCase() || null;
    if (!name && !dateOfBirth && !postcodeArea) {
      throw new BadUserInputError('Enter a name or other name, a date of birth or a postcode area to search.', [
        { field: 'input.name', problems: ['or other name, date of birth or postcode area: enter at least one to search'] },
      ]);
    }

    const ability = abilityOf(ctx);
    const query = this.db.repository(ctx, PersonEntity).createQueryBuilder('p').where('p.merged_into_id IS NULL');
    applyAccessFilter(query, ability, 'read', 'Person');
    if (name) {
      const aliases = readableFieldWhere(ability, 'Person', 'aliases', 'p');
      query.andWhere(
        `(${NAME_KEY} = ${SEARCHED_NAME}
          OR person_name_key(p.given_name) = ${SEARCHED_NAME}
          OR person_name_key(p.family_name) = ${SEARCHED_NAME}
          OR (${ALIAS_KEYS} && ARRAY[${SEARCHED_NAME}] AND (${aliases.sql})))`,
        { ...aliases.params, searchName: name },
      );
    }
    if (dateOfBirth) query.andWhere('coalesce(p.date_of_birth, p.expected_date_of_birth) = CAST(:dateOfBirth AS date)', { dateOfBirth });
    if (postcodeArea) {
      const readable = readableFieldWhere(ability, 'Person', 'postcodeArea', 'p');
      query.andWhere(`(p.postcode_area = :postcodeArea AND (${readable.sql}))`, { ...readable.params, postcodeArea });
    }

    const people = await paginate(query, page, { sort: SORT, id: 'p.id', direction: 'ASC', sortValue: (p) => `${p.familyName} ${p.givenName}` });
    // One statement for the whole page: each person shown is a read of their record.
    await this.audit.recordReads(
      ctx,
      'Person',
      people.nodes.map((person) => person.id),
    );
    return { nodes: people.nodes.map((person) => ({ person })), pageInfo: people.pageInfo };
  }

  /** The families the caller may read that this person has been a member of, by name: batched per request. */
  familiesOf(ctx: RequestContext, personId: string): Promise<FamilyEntity[]> {
    const loader = ctx.loader(
      'person-search-families',
      () =>
        new DataLoader<string, FamilyEntity[]>(async (personIds) => {
          const query = this.db
            .repository(ctx, FamilyEntity)
            .createQueryBuilder('family')
            .innerJoin(FamilyMembershipEntity, 'm', 'm.familyId = family.id')
            .select(['family.id AS id', 'family.name AS name', 'family.agency_id AS agency_id', 'family.created_at AS created_at', 'm.person_id AS person_id'])
            .distinct(true)
            .where('m.person_id IN (:...personIds)', { personIds: [...personIds] })
            .orderBy('name')
            .addOrderBy('id');
          applyAccessFilter(query, abilityOf(ctx), 'read', 'Family');
          const rows: Array<{ id: string; name: string; agency_id: string; created_at: Date; person_id: string }> = await query.getRawMany();
          const byPerson = new Map<string, FamilyEntity[]>();
          for (const row of rows) {
            const families = byPerson.get(row.person_id) ?? [];
            families.push({ id: row.id, name: row.name, agencyId: row.agency_id, createdAt: row.created_at });
            byPerson.set(row.person_id, families);
          }
          return personIds.map((id) => byPerson.get(id) ?? []);
        }),
    );
    return loader.load(personId);
  }
}
