import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';
import { AppAbility } from './app-ability';
import { FactSet } from './fact-set';

/** What a fact of ids opens by itself: being in it lets the caller read that family, or that person. */
export type Opens = 'Family' | 'Person';

/**
 * The typed name of one access fact, declared once by the domain that owns it (`ALLOCATED_FAMILY_IDS`
 * in families, `INVITED_MEETING_IDS` in meetings) and used by every loader and rule through it: no
 * string keys, no casts. A fact several loaders provide is merged, never overwritten.
 */
export class FactKey<T> {
  private constructor(
    readonly name: string,
    readonly empty: () => T,
    readonly merge: (a: T, b: T) => T,
    readonly opens?: Opens,
  ) {}

  /** A set of record ids (families, people, meetings) defined by SQL. `opens`: what being in it lets the caller read. */
  static ids(name: string, options: { opens?: Opens } = {}): FactKey<FactSet> {
    return new FactKey(
      name,
      () => FactSet.none(name),
      (a, b) => a.union(b),
      options.opens,
    );
  }

  /** The value of an ids fact: `sql` selects one uuid column named `id`, with positional parameters. */
  static sql(key: FactKey<FactSet>, manager: EntityManager, sql: string, ...params: unknown[]): FactSet {
    return FactSet.of(key.name, manager, sql, ...params);
  }

  /** A list of values (break-glass grants); several loaders' lists are concatenated. */
  static list<V>(name: string): FactKey<readonly V[]> {
    return new FactKey<readonly V[]>(
      name,
      () => [],
      (a, b) => [...a, ...b],
    );
  }

  /** One value, provided by one loader; a second provider is a bug. */
  static one<V>(name: string, fallback: () => V): FactKey<V> {
    return new FactKey<V>(name, fallback, () => {
      throw new Error(`Access fact "${name}" has more than one provider`);
    });
  }
}

/**
 * The caller's relationship facts for one request. Loaders `add` what they know; rules `get` it (an
 * unloaded fact is empty: nothing is allowed through it).
 */
export class AccessFacts {
  private readonly values = new Map<FactKey<unknown>, unknown>();

  get<T>(key: FactKey<T>): T {
    return this.values.has(key as FactKey<unknown>) ? (this.values.get(key as FactKey<unknown>) as T) : key.empty();
  }

  add<T>(key: FactKey<T>, value: T): this {
    const k = key as FactKey<unknown>;
    this.values.set(k, this.values.has(k) ? key.merge(this.values.get(k) as T, value) : value);
    return this;
  }

  /** Every loaded set of ids, by name: what an explanation of access walks through. */
  idSets(): Array<{ name: string; opens?: Opens; set: FactSet }> {
    return [...this.values].flatMap(([key, value]) => (value instanceof FactSet ? [{ name: key.name, opens: key.opens, set: value }] : []));
  }

  /** Every loaded fact that opens `what`, united: the one answer to "which families may this caller read?". */
  opening(what: Opens, name: string): FactSet {
    const sets = [...this.values].flatMap(([key, value]) => (key.opens === what ? [value as FactSet] : []));
    return FactSet.none(name).union(...sets);
  }
}

/** Adds what the caller's relationships are (SQL, mostly; nothing loaded until asked). Run once per request. */
export type FactLoader = (actor: Actor, manager: EntityManager, facts: AccessFacts) => void | Promise<void>;

/** Computes facts from other facts once every loader has run (the people of the families a caller may read). */
export type FactDerivation = (facts: AccessFacts) => void;

const factsByAbility = new WeakMap<AppAbility, AccessFacts>();

export function rememberFacts(ability: AppAbility, facts: AccessFacts): void {
  factsByAbility.set(ability, facts);
}

/** The facts an ability was built from (empty for one built by hand, as in unit tests). */
export function factsOf(ability: AppAbility): AccessFacts {
  return factsByAbility.get(ability) ?? new AccessFacts();
}
