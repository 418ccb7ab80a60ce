import { Field, ObjectType } from '@nestjs/graphql';
import { breakGlassPermissions } from '../break-glass/break-glass.permissions';
import { Role } from '../roles';
import { EntityManager } from 'typeorm';
import { SubjectType } from '@waymark/platform';
import { BREAK_GLASS_GRANTS } from '../break-glass/break-glass.permissions';
import { SIDE } from '../policy/victim-side.policy';
import { AbilityFactory } from './ability.factory';
import { AccessFacts, FactKey } from './access-facts';
import { FactSet } from './fact-set';
import { accessibleWhere } from './accessible-where';
import { asSubject } from './app-ability';
import { canReadField, redactRecord, RestrictedField } from './restricted-field';

/** A subject of this spec only: not part of the vocabulary. */
const SPEC_VICTIM = 'SpecVictim' as SubjectType;

@ObjectType('SpecVictim')
export class SpecVictimModel {
  @Field()
  id: string;

  @RestrictedField(SPEC_VICTIM, () => String)
  refugeAddress: string | null;
}

const actor = { userId: 'u1', agencyId: 'a1', roles: [Role.DVA_SPECIALIST] };

function factory(): AbilityFactory {
  const abilities = new AbilityFactory();
  abilities.register(breakGlassPermissions);
  abilities.register({
    feature: 'spec-victims',
    rows: ({ actor: who }, can, cannot) => {
      can('read', SPEC_VICTIM, { workerId: who.userId });
      can('read', SPEC_VICTIM, { perpetratorWorkerId: who.userId });
      cannot('read', SPEC_VICTIM, { sealed: true });
    },
    // Deliberately broader than the row rules: a grant must never open a record by itself.
    restrictedFields: (_ctx, grant) => grant(SPEC_VICTIM, ['refugeAddress'], { perpetratorWorkerId: { $ne: 'u1' } }),
  });
  return abilities;
}

describe('AbilityFactory', () => {
  const forVictim = () => new AccessFacts().add(SIDE, { worksForTheVictim: true, worksWithPeopleCausingHarm: false });
  const ability = () => factory().build({ actor, facts: forVictim() });

  it('denies what no rule allows', () => {
    expect(ability().can('read', 'Agency')).toBe(false);
    expect(ability().can('read', asSubject(SPEC_VICTIM, { id: 'v1', workerId: 'someone-else' }))).toBe(false);
  });

  it('an active break-glass grant opens exactly its one record', () => {
    const withGrant = factory().build({ actor, facts: forVictim().add(BREAK_GLASS_GRANTS, [{ subjectType: 'Family', subjectId: 'f1' }]) });
    expect(withGrant.can('read', asSubject('Family', { id: 'f1' }))).toBe(true);
    expect(withGrant.can('read', asSubject('Family', { id: 'f2' }))).toBe(false);
    expect(withGrant.can('update', asSubject('Family', { id: 'f1' }))).toBe(false);
  });

  it('shows a restricted field only where both the row and the field are allowed, and redacts records the same way', () => {
    const forVictim = { id: 'v1', workerId: 'u1', perpetratorWorkerId: 'x', refugeAddress: '1 Safe Street' };
    const forPerpetrator = { id: 'v2', workerId: 'x', perpetratorWorkerId: 'u1', refugeAddress: '2 Safe Street' };
    expect(ability().can('read', asSubject(SPEC_VICTIM, forPerpetrator))).toBe(true);
    expect(redactRecord(ability(), SPEC_VICTIM, forVictim).refugeAddress).toBe('1 Safe Street');
    expect(redactRecord(ability(), SPEC_VICTIM, forPerpetrator)).toEqual({ ...forPerpetrator, refugeAddress: null });
  });

  it('a field grant never widens which records are visible, in memory or in SQL', () => {
    const unrelated = { id: 'v3', workerId: 'x', perpetratorWorkerId: 'y', refugeAddress: '3 Safe Street' };
    expect(ability().can('read', asSubject(SPEC_VICTIM, unrelated))).toBe(false);
    expect(canReadField(ability(), SPEC_VICTIM, unrelated, 'refugeAddress')).toBe(false);
    expect(accessibleWhere(ability(), 'read', SPEC_VICTIM, 'v').sql).not.toMatch(/perpetratorWorkerId <>/);
  });

  it('a field grant never overrides a row denial', () => {
    const sealed = { id: 'v4', workerId: 'u1', perpetratorWorkerId: 'x', sealed: true, refugeAddress: '4 Safe Street' };
    expect(ability().can('read', asSubject(SPEC_VICTIM, sealed))).toBe(false);
    expect(canReadField(ability(), SPEC_VICTIM, sealed, 'refugeAddress')).toBe(false);
  });
});

describe('AccessFacts', () => {
  const manager = {} as EntityManager;
  const PEOPLE = FactKey.ids('specPeople', { opens: 'Person' });
  const FAMILIES = FactKey.ids('specFamilies', { opens: 'Family' });

  it('unites what several loaders add to one fact instead of letting the last one win', () => {
    const facts = new AccessFacts()
      .add(PEOPLE, FactSet.of('specPeople', manager, 'SELECT 1 AS id WHERE $1', 'a'))
      .add(PEOPLE, FactSet.of('specPeople', manager, 'SELECT 2 AS id WHERE $1', 'b'));
    expect(facts.get(PEOPLE).parts.map((p) => p.params)).toEqual([['a'], ['b']]);
  });

  it('answers an unloaded fact with nothing, and the side with the safest answer', () => {
    const facts = new AccessFacts();
    expect(facts.get(FAMILIES).isEmpty).toBe(true);
    expect(facts.get(BREAK_GLASS_GRANTS)).toEqual([]);
    expect(facts.get(SIDE)).toEqual({ worksWithPeopleCausingHarm: true, worksForTheVictim: false });
  });

  it('gathers every fact that opens families, whoever declared it', () => {
    const OTHER = FactKey.ids('specOtherFamilies', { opens: 'Family' });
    const facts = new AccessFacts()
      .add(FAMILIES, FactSet.of('specFamilies', manager, 'SELECT 1 AS id'))
      .add(OTHER, FactSet.of('specOtherFamilies', manager, 'SELECT 2 AS id'))
      .add(PEOPLE, FactSet.of('specPeople', manager, 'SELECT 3 AS id'));
    expect(facts.opening('Family', 'readable').parts.map((p) => p.sql)).toEqual(['SELECT 1 AS id', 'SELECT 2 AS id']);
  });

  it('refuses a second provider of a one-value fact', () => {
    expect(() =>
      new AccessFacts()
        .add(SIDE, { worksForTheVictim: true, worksWithPeopleCausingHarm: false })
        .add(SIDE, { worksForTheVictim: true, worksWithPeopleCausingHarm: false }),
    ).toThrow(/more than one provider/);
  });
});
