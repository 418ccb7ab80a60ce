import { Field, ObjectType } from '@nestjs/graphql';
import { AbilityFactory } from './ability.factory';
import { asSubject } from './app-ability';
import { redactRecord, RestrictedField } from './restricted-field';
import { breakGlassPermissions } from '../break-glass/break-glass.permissions';
import { Role } from '../roles';

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
    rows: ({ actor: who }, can) => {
      can('read', 'SpecVictim', { workerId: who.userId });
      can('read', 'SpecVictim', { perpetratorWorkerId: who.userId });
    },
    restrictedFields: ({ actor: who }, can) => can('read', 'SpecVictim', ['refugeAddress'], { workerId: who.userId }),
  });
  return abilities;
}

describe('AbilityFactory', () => {
  it('denies what no rule allows', () => {
    const ability = factory().build({ actor, facts: { breakGlass: [] } });
    expect(ability.can('read', 'Agency')).toBe(false);
    expect(ability.can('read', asSubject('SpecVictim', { id: 'v1', workerId: 'someone-else' }))).toBe(false);
  });

  it('an active break-glass grant opens exactly its one record', () => {
    const ability = factory().build({ actor, facts: { breakGlass: [{ subjectType: 'Family', subjectId: 'f1' }] } });
    expect(ability.can('read', asSubject('Family', { id: 'f1' }))).toBe(true);
    expect(ability.can('read', asSubject('Family', { id: 'f2' }))).toBe(false);
    expect(ability.can('update', asSubject('Family', { id: 'f1' }))).toBe(false);
  });

  it('hides restricted fields unless a permission grants them back, and redacts records the same way', () => {
    const ability = factory().build({ actor, facts: { breakGlass: [] } });
    const forVictim = { id: 'v1', workerId: 'u1', perpetratorWorkerId: 'x', refugeAddress: '1 Safe Street' };
    const forPerpetrator = { id: 'v2', workerId: 'x', perpetratorWorkerId: 'u1', refugeAddress: '2 Safe Street' };
    expect(ability.can('read', asSubject('SpecVictim', forPerpetrator))).toBe(true);
    expect(redactRecord(ability, 'SpecVictim', forVictim).refugeAddress).toBe('1 Safe Street');
    expect(redactRecord(ability, 'SpecVictim', forPerpetrator)).toEqual({ ...forPerpetrator, refugeAddress: null });
  });
});
