import { Injectable } from '@nestjs/common';
import { Actor, TransactionalConnection } from '@waymark/platform';
import { AbilityFactory } from '../ability/ability.factory';
import { asSubject, READ_RESTRICTED } from '../ability/app-ability';
import { prepareChecks } from '../ability/fact-conditions';
import { canReadField, restrictedFieldsOf } from '../ability/restricted-field';
import { UserEntity } from '../users/user.entity';
import { BREAK_GLASS_GRANTS } from '../break-glass/break-glass.permissions';
import { SIDE } from './victim-side.policy';

export interface AccessExplanation {
  user: { id: string; roles: string[]; agencyId: string };
  side: { worksForTheVictim: boolean; worksWithPeopleCausingHarm: boolean };
  person: { id: string; familyIds: string[] };
  mayRead: boolean;
  /** Each loaded fact that holds the person or one of their families: the ways in. */
  through: Array<{ fact: string; holds: string }>;
  shownFields: string[];
  hiddenFields: string[];
}

/**
 * Answers "why can this user see this person?" from the same facts and rules every request uses:
 * the user's side, each relationship fact that holds the person or one of their families, the
 * decision, and which restricted fields the policy shows. Ids only: no case detail is printed.
 */
@Injectable()
export class AccessExplainer {
  constructor(
    private readonly abilities: AbilityFactory,
    private readonly db: TransactionalConnection,
  ) {}

  async explainPerson(userEmail: string, personId: string): Promise<AccessExplanation> {
    const manager = this.db.dataSource.manager;
    const user = await manager.getRepository(UserEntity).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email: userEmail }).getOne();
    if (!user) throw new Error(`No user has the email ${userEmail}.`);
    const [person] = await manager.query(
      `SELECT p.id, p.created_by_user_id AS "createdByUserId",
              coalesce((SELECT array_agg(DISTINCT m.family_id::text) FROM family_membership m WHERE m.person_id = p.id), '{}') AS "familyIds"
         FROM person p WHERE p.id = $1`,
      [personId],
    );
    if (!person) throw new Error(`No person has the id ${personId}.`);
    const actor: Actor = { userId: user.id, agencyId: user.agencyId, roles: user.roles };
    const facts = await this.abilities.factsFor(actor, manager);
    const ability = this.abilities.build({ actor, facts });

    const through: AccessExplanation['through'] = [];
    for (const { name, opens, set } of facts.idSets()) {
      if (!opens) continue; // derived or rule-only facts; the ways in are those that open something
      const candidates = opens === 'Family' ? person.familyIds : [person.id];
      await set.prepare(candidates, manager);
      for (const id of candidates) if (set.has(id)) through.push({ fact: name, holds: opens === 'Family' ? `family ${id}` : `person ${id}` });
    }
    if (person.createdByUserId === user.id) through.push({ fact: 'recorded by this user', holds: `person ${person.id}` });
    for (const grant of facts.get(BREAK_GLASS_GRANTS)) {
      if (grant.subjectType === 'Person' && grant.subjectId === person.id) through.push({ fact: 'break-glass grant', holds: `person ${person.id}` });
    }
    const record = { id: person.id, createdByUserId: person.createdByUserId };
    await prepareChecks(ability, 'Person', [record], ['read', READ_RESTRICTED], manager);
    const fields = restrictedFieldsOf('Person');
    const shown = fields.filter((field) => canReadField(ability, 'Person', record, field));
    return {
      user: { id: user.id, roles: user.roles, agencyId: user.agencyId },
      side: facts.get(SIDE),
      person: { id: person.id, familyIds: person.familyIds },
      mayRead: ability.can('read', asSubject('Person', record)),
      through,
      shownFields: shown,
      hiddenFields: fields.filter((field) => !shown.includes(field)),
    };
  }
}
