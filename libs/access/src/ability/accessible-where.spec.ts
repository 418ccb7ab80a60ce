import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { AppAbility } from './app-ability';
import { accessibleWhere, readableFieldWhere } from './accessible-where';
import { READ_RESTRICTED } from './app-ability';

function abilityOf(define: (b: AbilityBuilder<AppAbility>) => void): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  define(builder);
  return builder.build();
}

describe('accessibleWhere', () => {
  it('denies everything when no rule covers the subject', () => {
    const ability = abilityOf(({ can }) => can('read', 'Agency'));
    expect(accessibleWhere(ability, 'read', 'User', 'u')).toEqual({ sql: 'FALSE', params: {} });
  });

  it('allows everything for an unconditional rule', () => {
    const ability = abilityOf(({ can }) => can('read', 'User'));
    expect(accessibleWhere(ability, 'read', 'User', 'u').sql).toBe('TRUE');
  });

  it('ORs allowing rules and ANDs the negation of forbidding ones, with parameters', () => {
    const ability = abilityOf(({ can, cannot }) => {
      can('read', 'User', { agencyId: 'agency-1' });
      can('read', 'User', { id: { $in: ['u1', 'u2'] } });
      cannot('read', 'User', { active: false });
    });
    const { sql, params } = accessibleWhere(ability, 'read', 'User', 'u');
    expect(sql).toBe('(NOT (u.active = :acl_user_0)) AND ((u.id IN (:...acl_user_1)) OR (u.agencyId = :acl_user_2))');
    expect(params).toEqual({ acl_user_0: false, acl_user_1: ['u1', 'u2'], acl_user_2: 'agency-1' });
  });

  it('ignores field-only restrictions, which hide values rather than rows', () => {
    const ability = abilityOf(({ can, cannot }) => {
      can('read', 'User', { id: 'me' });
      cannot('read', 'User', ['email']);
    });
    expect(accessibleWhere(ability, 'read', 'User', 'u').sql).toBe('u.id = :acl_user_0');
  });

  it('refuses operators it cannot translate exactly instead of widening access', () => {
    const ability = abilityOf(({ can }) => can('read', 'User', { displayName: { $regex: '^A' } }));
    expect(() => accessibleWhere(ability, 'read', 'User', 'u')).toThrow(/has no SQL form/);
  });
});

describe('readableFieldWhere', () => {
  const grants = (define: (can: AbilityBuilder<AppAbility>['can'], cannot: AbilityBuilder<AppAbility>['cannot']) => void) =>
    abilityOf(({ can, cannot }) => {
      can('read', 'Person');
      define(can, cannot);
    });

  it('is FALSE when no grant covers the field, whatever covers others', () => {
    const ability = grants((can) => can(READ_RESTRICTED, 'Person', ['aliases']));
    expect(readableFieldWhere(ability, 'Person', 'postcodeArea', 'p')).toEqual({ sql: 'FALSE', params: {} });
  });

  it('is TRUE for an unconditional grant of the field', () => {
    const ability = grants((can) => can(READ_RESTRICTED, 'Person', ['aliases', 'postcodeArea']));
    expect(readableFieldWhere(ability, 'Person', 'postcodeArea', 'p').sql).toBe('TRUE');
  });

  it("keeps a grant's conditions, and a forbidding rule's negation", () => {
    const ability = grants((can, cannot) => {
      can(READ_RESTRICTED, 'Person', ['aliases'], { id: { $in: ['p1'] } });
      cannot(READ_RESTRICTED, 'Person', ['aliases'], { mergedIntoId: 'p0' });
    });
    const { sql, params } = readableFieldWhere(ability, 'Person', 'aliases', 'p');
    expect(sql).toBe('(NOT (p.mergedIntoId = :acl_person_aliases_0)) AND ((p.id IN (:...acl_person_aliases_1)))');
    expect(params).toEqual({ acl_person_aliases_0: 'p0', acl_person_aliases_1: ['p1'] });
  });
});
