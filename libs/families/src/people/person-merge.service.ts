import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { assertCan } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { ConflictError, NotFoundError, RequestContext, TransactionalConnection } from '@waymark/platform';
import { MergePeopleInput } from './dto/merge-people.input';
import { PersonEntity } from './person.entity';

/**
 * Every column that references person(id), read from the catalogue at merge time so that tables
 * added by later features are re-pointed too. Partitions inherit their parent's constraint.
 */
const REFERENCES_TO_PERSON = `
  SELECT c.conrelid::regclass::text AS "table", quote_ident(a.attname) AS "column"
  FROM pg_constraint c
  CROSS JOIN LATERAL unnest(c.conkey, c.confkey) AS k(attnum, refnum)
  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
  JOIN pg_attribute r ON r.attrelid = c.confrelid AND r.attnum = k.refnum
  WHERE c.contype = 'f' AND c.confrelid = 'person'::regclass AND c.conparentid = 0 AND r.attname = 'id'
  ORDER BY 1, 2`;

/** PostgreSQL errors meaning the merged history breaks a rule of the data, not a fault of ours. */
const RULE_VIOLATIONS = new Set(['23505', '23P01', '23514']);

/**
 * A manager merges a duplicate person record into the one kept. All history moves to the kept
 * record; the duplicate row stays, marked as merged, so references from the audit trail still
 * resolve, and its names become aliases of the kept record. All of it happens in the mutation's
 * transaction: if any reference cannot move, nothing changes.
 */
@Injectable()
export class PersonMergeService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  async merge(ctx: RequestContext, input: MergePeopleInput): Promise<PersonEntity> {
    if (input.keepPersonId === input.mergePersonId) {
      throw new ConflictError('keepPersonId and mergePersonId are the same record; choose the duplicate to merge into the record you keep.');
    }
    const { keep, duplicate } = await this.lockBoth(ctx, input);
    await assertCan(ctx, 'merge', 'Person', keep, 'keepPersonId: you can merge only records of people in your agency’s families.');
    await assertCan(ctx, 'merge', 'Person', duplicate, 'mergePersonId: you can merge only records of people in your agency’s families.');

    // Deferred constraints are checked now, inside the handling below, not at commit.
    await this.db.manager(ctx).query('SET CONSTRAINTS ALL IMMEDIATE');
    const foldedMemberships = await this.foldOverlappingMemberships(ctx, keep.id, duplicate.id);
    // The kept record's dated facts stand (its person row keeps its own values): moved over, the
    // duplicate's start-of-record facts would become a second, later start for the kept person.
    await this.db.manager(ctx).query(`DELETE FROM person_fact WHERE person_id = $1`, [duplicate.id]);
    const movedReferences = await this.repointReferences(ctx, duplicate.id, keep);
    // The merged history changes what is known about every family the person is in (risk signals
    // are re-evaluated for each); the audit row below is about the person, so name them here.
    const families: Array<{ family_id: string }> = await this.db
      .manager(ctx)
      .query(`SELECT DISTINCT family_id FROM family_membership WHERE person_id = $1`, [keep.id]);
    for (const { family_id } of families) ctx.noteFamilyChanged(family_id);

    const people = this.db.repository(ctx, PersonEntity);
    await people.update({ id: duplicate.id }, { mergedIntoId: keep.id });
    keep.aliases = combinedAliases(keep, duplicate);
    await people.update({ id: keep.id }, { aliases: keep.aliases });

    await this.audit.record(ctx, {
      action: 'person.merge',
      subjectType: 'Person',
      subjectId: keep.id,
      reason: input.reason,
      detail: { mergedPersonId: duplicate.id, movedReferences, foldedMemberships },
    });
    return keep;
  }

  /**
   * The same person recorded twice in one household has two memberships for one stay: fold each of
   * the duplicate's memberships that overlaps one of the kept record's into it (earliest joining,
   * latest leaving), so the merged history has no overlapping stays.
   */
  private async foldOverlappingMemberships(ctx: RequestContext, keepId: string, duplicateId: string): Promise<number> {
    const [, folded] = await this.db.manager(ctx).query(
      `WITH pairs AS (
         SELECT DISTINCT ON (d.id) k.id AS keep_id, d.id AS duplicate_id,
                least(k.joined_on, d.joined_on) AS joined_on,
                CASE WHEN k.left_on IS NULL OR d.left_on IS NULL THEN NULL ELSE greatest(k.left_on, d.left_on) END AS left_on
           FROM family_membership k
           JOIN family_membership d ON d.family_id = k.family_id
          WHERE k.person_id = $1 AND d.person_id = $2
            AND daterange(k.joined_on, k.left_on, '[]') && daterange(d.joined_on, d.left_on, '[]')
          ORDER BY d.id, k.joined_on
       ),
       widened AS (
         UPDATE family_membership m SET joined_on = p.joined_on, left_on = p.left_on FROM pairs p WHERE m.id = p.keep_id RETURNING m.id
       )
       DELETE FROM family_membership m USING pairs p WHERE m.id = p.duplicate_id`,
      [keepId, duplicateId],
    );
    return folded ?? 0;
  }

  /** Both rows locked (in id order, so two merges cannot deadlock), existing and not already merged. */
  private async lockBoth(ctx: RequestContext, input: MergePeopleInput): Promise<{ keep: PersonEntity; duplicate: PersonEntity }> {
    const rows = await this.db
      .repository(ctx, PersonEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id IN (:...ids)', { ids: [input.keepPersonId, input.mergePersonId] })
      .orderBy('p.id')
      .getMany();
    const found = (field: 'keepPersonId' | 'mergePersonId'): PersonEntity => {
      const person = rows.find((row) => row.id === input[field]);
      if (!person) throw new NotFoundError(`${field}: no person has that id.`);
      if (person.mergedIntoId) throw new ConflictError(`${field}: this record was already merged into person ${person.mergedIntoId}.`);
      return person;
    };
    return { keep: found('keepPersonId'), duplicate: found('mergePersonId') };
  }

  /** Moves every reference from the duplicate to the kept record; returns how many rows moved, by column. */
  private async repointReferences(ctx: RequestContext, fromId: string, keep: PersonEntity): Promise<Record<string, number>> {
    const manager = this.db.manager(ctx);
    const references: Array<{ table: string; column: string }> = await manager.query(REFERENCES_TO_PERSON);
    const moved: Record<string, number> = {};
    for (const { table, column } of references) {
      try {
        // Identifiers come from the catalogue, already quoted where needed.
        const [{ count }] = await manager.query(
          `WITH moved AS (UPDATE ${table} SET ${column} = $1 WHERE ${column} = $2 RETURNING 1) SELECT count(*)::int AS count FROM moved`,
          [keep.id, fromId],
        );
        if (count) moved[`${table}.${column}`] = count;
      } catch (error) {
        throw asMergeConflict(error, keep) ?? error;
      }
    }
    return moved;
  }
}

/** Known rules explained in the practitioner's terms; any other rule is named by its table. */
const EXPLAINED: Record<string, (keep: PersonEntity) => string> = {
  episode_one_open_per_child: (keep) => `${keep.givenName} would have two open episodes, and a child can have only one. Close one of the episodes first`,
};

function asMergeConflict(error: unknown, keep: PersonEntity): ConflictError | null {
  if (!(error instanceof QueryFailedError)) return null;
  const { code, constraint, table } = error.driverError as { code?: string; constraint?: string; table?: string };
  if (!code || !RULE_VIOLATIONS.has(code)) return null;
  const explain = constraint ? EXPLAINED[constraint] : undefined;
  const rule = `${constraint ? `the rule ${constraint}` : 'a rule'} on ${(table ?? 'related').replace(/_/g, ' ')} records`;
  const problem = explain
    ? explain(keep)
    : `the combined history would break ${rule} (for example the same record twice, or a record linking the two people to each other). Correct it first`;
  return new ConflictError(`These records cannot be merged: ${problem}. Nothing was changed.`);
}

/** The kept record's aliases, then the duplicate's aliases and name, without repeats or the kept name itself. */
function combinedAliases(keep: PersonEntity, duplicate: PersonEntity): string[] {
  const seen = new Set([comparable(`${keep.givenName} ${keep.familyName}`)]);
  const result: string[] = [];
  for (const alias of [...keep.aliases, ...duplicate.aliases, `${duplicate.givenName} ${duplicate.familyName}`]) {
    const key = comparable(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    result.push(alias);
  }
  return result;
}

/** Close to the database's person_name_key: accents, case, spaces and punctuation ignored. */
function comparable(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
