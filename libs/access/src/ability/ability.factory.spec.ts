import { Field, ObjectType } from '@nestjs/graphql';
import { breakGlassPermissions } from '../break-glass/break-glass.permissions';
import { Role } from '../roles';
import { EntityManager } from 'typeorm';
import { AbilityFactory, mergeFacts } from './ability.factory';
import { FactSet } from './fact-set';
import { accessibleWhere } from './accessible-where';
import { asSubject } from './app-ability';
import { canReadField, redactRecord, RestrictedField } from './restricted-field';

@ObjectType('SpecVictim')
export class SpecVictimModel {
  @Field()
  id: string;

  @RestrictedField('SpecVictim', () => String)
  refugeAddress: string | null;
}

const actor = { userId: 'u1', agencyId: 'a1', roles: [Role.DVA_SPECIALIST] };

function factory(): AbilityFactory {
  const abilities = new AbilityFactory();
  abilities.register(breakGlassPermissions);
  abilities.register({
    feature: 'spec-victims',
    rows: ({ actor: who }, can, cannot) => {
      can('read', 'SpecVictim', { workerId: who.userId });
      can('read', 'SpecVictim', { perpetratorWorkerId: who.userId });
      cannot('read', 'SpecVictim', { sealed: true });
    },
    // Deliberately broader than the row rules: a grant must never open a record by itself.
    restrictedFields: (_ctx, grant) => grant('SpecVictim', ['refugeAddress'], { perpetratorWorkerId: { $ne: 'u1' } }),
  });
  return abilities;
}

describe('AbilityFactory', () => {
  const ability = () => factory().build({ actor, facts: { breakGlass: [] } });

  it('denies what no rule allows', () => {
    expect(ability().can('read', 'Agency')).toBe(false);
    expect(ability().can('read', asSubject('SpecVictim', { id: 'v1', workerId: 'someone-else' }))).toBe(false);
  });

  it('an active break-glass grant opens exactly its one record', () => {
    const withGrant = factory().build({ actor, facts: { breakGlass: [{ subjectType: 'Family', subjectId: 'f1' }] } });
    expect(withGrant.can('read', asSubject('Family', { id: 'f1' }))).toBe(true);
    expect(withGrant.can('read', asSubject('Family', { id: 'f2' }))).toBe(false);
    expect(withGrant.can('update', asSubject('Family', { id: 'f1' }))).toBe(false);
  });

  it('shows a restricted field only where both the row and the field are allowed, and redacts records the same way', () => {
    const forVictim = { id: 'v1', workerId: 'u1', perpetratorWorkerId: 'x', refugeAddress: '1 Safe Street' };
    const forPerpetrator = { id: 'v2', workerId: 'x', perpetratorWorkerId: 'u1', refugeAddress: '2 Safe Street' };
    expect(ability().can('read', asSubject('SpecVictim', forPerpetrator))).toBe(true);
    expect(redactRecord(ability(), 'SpecVictim', forVictim).refugeAddress).toBe('1 Safe Street');
    expect(redactRecord(ability(), 'SpecVictim', forPerpetrator)).toEqual({ ...forPerpetrator, refugeAddress: null });
  });

  it('a field grant never widens which records are visible, in memory or in SQL', () => {
    const unrelated = { id: 'v3', workerId: 'x', perpetratorWorkerId: 'y', refugeAddress: '3 Safe Street' };
    expect(ability().can('read', asSubject('SpecVictim', unrelated))).toBe(false);
    expect(canReadField(ability(), 'SpecVictim', unrelated, 'refugeAddress')).toBe(false);
    expect(accessibleWhere(ability(), 'read', 'SpecVictim', 'v').sql).not.toMatch(/perpetratorWorkerId <>/);
  });

  it('a field grant never overrides a row denial', () => {
    const sealed = { id: 'v4', workerId: 'u1', perpetratorWorkerId: 'x', sealed: true, refugeAddress: '4 Safe Street' };
    expect(ability().can('read', asSubject('SpecVictim', sealed))).toBe(false);
    expect(canReadField(ability(), 'SpecVictim', sealed, 'refugeAddress')).toBe(false);
  });
});

describe('mergeFacts', () => {
  it('unites facts from several loaders instead of letting the last one win', () => {
    const manager = {} as EntityManager;
    const facts = mergeFacts(
      { breakGlass: [], visiblePersonIds: FactSet.of('visiblePersonIds', manager, 'SELECT 1 AS id WHERE $1', 'a') },
      {
        visiblePersonIds: FactSet.of('visiblePersonIds', manager, 'SELECT 2 AS id WHERE $1', 'b'),
        coworkFamilyIds: FactSet.of('coworkFamilyIds', manager, 'SELECT 3 AS id'),
      },
    );
    expect((facts.visiblePersonIds as FactSet).parts.map((p) => p.params)).toEqual([['a'], ['b']]);
    expect((facts.coworkFamilyIds as FactSet).parts).toHaveLength(1);
  });
});
