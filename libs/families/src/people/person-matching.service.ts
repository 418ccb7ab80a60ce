import { Inject, Injectable, Optional } from '@nestjs/common';
import { abilityOf, asSubject, prepareChecks } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { ALIAS_KEYS, NAME_KEY } from './person-name-keys';
import { PersonEntity } from './person.entity';
import { DuplicateReason } from './person.model';

export interface PersonMatchingOptions {
  /** How far apart two dates of birth may be and still suggest the same person. */
  dateOfBirthToleranceDays: number;
  /** At most this many possible duplicates are reported, most alike first. */
  maxMatches: number;
}

export const PERSON_MATCHING_OPTIONS = Symbol('PERSON_MATCHING_OPTIONS');
export const DEFAULT_PERSON_MATCHING: PersonMatchingOptions = { dateOfBirthToleranceDays: 30, maxMatches: 20 };

/** What is known about the person being recorded. */
export interface PersonDescription {
  givenName: string;
  familyName: string;
  aliases: string[];
  /** The date of birth, or for an unborn child the expected date. */
  date: string | null;
  postcodeArea: string | null;
}

export interface PossibleDuplicate {
  personId: string;
  visible: boolean;
  person: PersonEntity | null;
  score: number | null;
  reasons: DuplicateReason[] | null;
}

const INPUT_KEY = `person_name_key(CAST(:givenName AS text) || ' ' || CAST(:familyName AS text))`;
const INPUT_ALIAS_KEYS = `person_alias_keys(CAST(:aliases AS text[]))`;
const RECORD_DATE = `coalesce(p.date_of_birth, p.expected_date_of_birth)`;
const INPUT_DATE = `CAST(:date AS date)`;

const NAME_MATCH = `(${NAME_KEY} <> '' AND ${NAME_KEY} = ${INPUT_KEY})`;
const ALIAS_MATCH = `(${NAME_KEY} = ANY(${INPUT_ALIAS_KEYS}) OR ${ALIAS_KEYS} && (${INPUT_ALIAS_KEYS} || ${INPUT_KEY}))`;
const DAYS_APART = `abs(${RECORD_DATE} - ${INPUT_DATE})`;
const POSTCODE_MATCH = `(p.postcode_area IS NOT NULL AND p.postcode_area = CAST(:postcodeArea AS text))`;

/**
 * Finds existing records that may be the person about to be recorded, in one SQL query over the
 * normalised names (accents, case, spaces and punctuation ignored) and aliases, both ways. A name
 * or alias must match; where both have a date of birth it must be within the tolerance, and where
 * either has none only an exact match of both names counts. Merged records are never matched.
 */
@Injectable()
export class PersonMatchingService {
  private readonly options: PersonMatchingOptions;

  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    @Optional() @Inject(PERSON_MATCHING_OPTIONS) options?: Partial<PersonMatchingOptions>,
  ) {
    this.options = { ...DEFAULT_PERSON_MATCHING, ...options };
  }

  async possibleDuplicates(ctx: RequestContext, who: PersonDescription): Promise<PossibleDuplicate[]> {
    const { entities, raw } = await this.db
      .repository(ctx, PersonEntity)
      .createQueryBuilder('p')
      .addSelect(NAME_MATCH, 'name_match')
      .addSelect(ALIAS_MATCH, 'alias_match')
      .addSelect(DAYS_APART, 'days_apart')
      .addSelect(POSTCODE_MATCH, 'postcode_match')
      .where('p.merged_into_id IS NULL')
      .andWhere(`(${NAME_MATCH} OR ${ALIAS_MATCH})`)
      .andWhere(`CASE WHEN ${RECORD_DATE} IS NOT NULL AND ${INPUT_DATE} IS NOT NULL THEN ${DAYS_APART} <= :tolerance ELSE ${NAME_MATCH} END`)
      .orderBy(this.scoreSql(), 'DESC')
      .addOrderBy('p.id')
      .limit(this.options.maxMatches)
      .setParameters({
        givenName: who.givenName,
        familyName: who.familyName,
        aliases: who.aliases,
        date: who.date,
        postcodeArea: who.postcodeArea,
        tolerance: this.options.dateOfBirthToleranceDays,
      })
      .getRawAndEntities();

    const ability = abilityOf(ctx);
    await prepareChecks(ability, 'Person', entities, ['read'], ctx.queryRunner?.manager);
    const matches = entities.map((person, index): PossibleDuplicate => {
      if (!ability.can('read', asSubject('Person', person))) {
        return { personId: person.id, visible: false, person: null, score: null, reasons: null };
      }
      const row = raw[index];
      const daysApart = row.days_apart === null ? null : Number(row.days_apart);
      const reasons = [
        row.name_match && DuplicateReason.NAME,
        row.alias_match && DuplicateReason.ALIAS,
        daysApart !== null && DuplicateReason.DATE_OF_BIRTH,
        row.postcode_match && DuplicateReason.POSTCODE_AREA,
      ].filter((reason): reason is DuplicateReason => !!reason);
      return { personId: person.id, visible: true, person, score: score(row.name_match, row.alias_match, daysApart, row.postcode_match), reasons };
    });
    await this.audit.recordReads(
      ctx,
      'Person',
      matches.filter((m) => m.visible).map((m) => m.personId),
    );
    // Hidden matches go last in id order: their position must not reveal how well they matched
    // (a postcode area or date of birth the caller may not see).
    const visible = matches.filter((m) => m.visible);
    const hidden = matches.filter((m) => !m.visible).sort((a, b) => a.personId.localeCompare(b.personId));
    return [...visible, ...hidden];
  }

  /** The same weights as score(), in SQL, so that the best matches survive the limit. */
  private scoreSql(): string {
    return `(CASE WHEN ${NAME_MATCH} THEN 50 WHEN ${ALIAS_MATCH} THEN 40 ELSE 0 END
           + CASE WHEN ${DAYS_APART} = 0 THEN 35 WHEN ${DAYS_APART} IS NOT NULL THEN 25 ELSE 0 END
           + CASE WHEN ${POSTCODE_MATCH} THEN 15 ELSE 0 END)`;
  }
}

/** 0-100: a name (or failing that an alias), then the date of birth (exact or near), then the postcode area. */
function score(nameMatch: boolean, aliasMatch: boolean, daysApart: number | null, postcodeMatch: boolean): number {
  const name = nameMatch ? 50 : aliasMatch ? 40 : 0;
  const date = daysApart === null ? 0 : daysApart === 0 ? 35 : 25;
  return name + date + (postcodeMatch ? 15 : 0);
}
