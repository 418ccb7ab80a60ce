import { EntityManager } from 'typeorm';

/** One SQL source of a fact: a SELECT of one uuid column named `id`, with positional parameters ($1, $2…). */
export interface FactQuery {
  sql: string;
  params: unknown[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A set of ids the caller is related to (families allocated to their team, people on agendas of their
 * meetings…), defined by SQL and never loaded whole: a list query filters with it as a subquery, so a
 * manager of an agency with 100,000 families costs nothing up front. A check of one record in memory
 * asks only about that record's ids, batched per tick (`prepare`), then answers synchronously (`has`).
 * Asking about an id that was not prepared is a bug in the caller and throws: it never guesses.
 */
export class FactSet {
  private readonly members = new Set<string>();
  private readonly known = new Set<string>();

  private constructor(
    readonly name: string,
    readonly parts: readonly FactQuery[],
    private readonly manager: EntityManager | null,
  ) {}

  static of(name: string, manager: EntityManager, sql: string, ...params: unknown[]): FactSet {
    return new FactSet(name, [{ sql, params }], manager);
  }

  static none(name: string): FactSet {
    return new FactSet(name, [], null);
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  /**
   * The set each source leads to, by the same parameters: `SELECT … WHERE family_id IN (<source>)` for
   * the members of a set of families. `to` gets a source's SQL and returns the new source's.
   */
  map(name: string, to: (sourceSql: string) => string): FactSet {
    return new FactSet(
      name,
      this.parts.map((part) => ({ sql: to(part.sql), params: part.params })),
      this.manager,
    );
  }

  /** The ids in either set: what several features add to one fact (people visible through families, agendas, referrals). */
  union(...others: FactSet[]): FactSet {
    const sets = [this, ...others];
    return new FactSet(
      this.name,
      sets.flatMap((s) => s.parts),
      sets.find((s) => s.manager)?.manager ?? null,
    );
  }

  /**
   * `column` is in the set, as SQL with named parameters `:<prefix>_<part>_<n>`: one EXISTS per source,
   * which PostgreSQL may run either way round (hash the source once, or probe it per row through its
   * indexes, as a worklist's first page should); FALSE when the set is empty.
   */
  toSqlCondition(column: string, prefix: string): { sql: string; params: Record<string, unknown> } {
    const params: Record<string, unknown> = {};
    if (this.isEmpty) return { sql: 'FALSE', params };
    const sql = this.parts
      .map((part, p) => {
        const source = part.sql.replace(/\$(\d+)/g, (_, n: string) => {
          const name = `${prefix}_${p}_${n}`;
          params[name] = part.params[Number(n) - 1];
          return `:${name}`;
        });
        return `EXISTS (SELECT 1 FROM (${source}) AS fact_source WHERE fact_source.id = ${column})`;
      })
      .join(' OR ');
    return { sql, params };
  }

  /** The set as one SELECT of `id`, its parameters appended to `values` and numbered after them. */
  toPositionalSql(values: unknown[]): string {
    if (this.isEmpty) return 'SELECT NULL::uuid AS id WHERE FALSE';
    return this.parts.map((part) => positional(part, values)).join('\nUNION ALL\n');
  }

  /** Whether `id` is in the set; it must have been prepared. */
  has(id: unknown): boolean {
    if (typeof id !== 'string' || !UUID.test(id) || this.isEmpty) return false;
    const key = id.toLowerCase();
    if (!this.known.has(key)) throw new Error(`Access fact "${this.name}" was not prepared for ${key}: call prepareChecks before checking records in memory`);
    return this.members.has(key);
  }

  /**
   * Finds out which of these ids are in the set: one query for everything any fact is asked in the
   * same tick. Inside a transaction, pass its manager: the question then sees the transaction's own
   * writes and never waits for a second connection while holding one.
   */
  async prepare(values: unknown[], manager?: EntityManager): Promise<void> {
    if (this.isEmpty) return;
    const ids = values.flatMap((value) => (typeof value === 'string' && UUID.test(value) && !this.known.has(value.toLowerCase()) ? [value.toLowerCase()] : []));
    if (ids.length) await lookups.ask(manager ?? this.manager!, this, ids);
  }

  /**
   * The membership query for `ids`, its parameters appended to `values`. Each source is probed per id
   * (EXISTS … WHERE source.id = asked.id), so the planner walks indexes from the few ids asked
   * instead of building a set of every family of an agency.
   */
  lookupSql(ids: string[], values: unknown[], tag: number): string {
    values.push(ids);
    const asked = `$${values.length}`;
    const probes = this.parts.map((part) => `EXISTS (SELECT 1 FROM (${positional(part, values)}) AS source WHERE source.id = asked.id)`);
    return `SELECT ${tag} AS fact, asked.id::text AS id FROM unnest(${asked}::uuid[]) AS asked(id) WHERE ${probes.join('\n  OR ')}`;
  }

  learn(ids: string[], members: string[]): void {
    for (const id of members) this.members.add(id);
    for (const id of ids) this.known.add(id);
  }
}

/** A source's SQL with its parameters appended to `values`, renumbered to follow those already there. */
function positional(part: FactQuery, values: unknown[]): string {
  const offset = values.length;
  values.push(...part.params);
  return part.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
}

/**
 * Membership questions waiting for the next tick, per entity manager (one per request, or the
 * request's transaction); answered in one query.
 */
class FactLookups {
  private readonly waiting = new Map<EntityManager, { asked: Map<FactSet, Set<string>>; answered: Promise<void> }>();

  ask(manager: EntityManager, fact: FactSet, ids: string[]): Promise<void> {
    let batch = this.waiting.get(manager);
    if (!batch) {
      const asked = new Map<FactSet, Set<string>>();
      const answered = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        this.waiting.delete(manager);
        return this.answer(manager, asked);
      });
      batch = { asked, answered };
      this.waiting.set(manager, batch);
    }
    const set = batch.asked.get(fact) ?? new Set<string>();
    for (const id of ids) set.add(id);
    batch.asked.set(fact, set);
    return batch.answered;
  }

  private async answer(manager: EntityManager, asked: Map<FactSet, Set<string>>): Promise<void> {
    const facts = [...asked.keys()];
    const values: unknown[] = [];
    const sql = facts.map((fact, tag) => fact.lookupSql([...asked.get(fact)!], values, tag)).join('\nUNION ALL\n');
    const rows: Array<{ fact: number; id: string }> = await manager.query(sql, values);
    facts.forEach((fact, tag) =>
      fact.learn(
        [...asked.get(fact)!],
        rows.filter((row) => row.fact === tag).map((row) => row.id),
      ),
    );
  }
}

const lookups = new FactLookups();
