import { AccessFacts, FactKey, hasRole, Role } from '@waymark/access';
import { COWORK_FAMILY_IDS } from '@waymark/families';
import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';

/**
 * Built once per request. For a DVA specialist: the families they co-work now. The fact opens those
 * families (and so their members) through deriveFamilyFacts. An ended arrangement contributes
 * nothing, so the family closes to the specialist again.
 */
export function loadCoworkAccessFacts(actor: Actor, manager: EntityManager, facts: AccessFacts): void {
  if (!hasRole(actor.roles, Role.DVA_SPECIALIST)) return;
  const coworked = `SELECT a.family_id AS id FROM cowork_arrangement a WHERE a.specialist_user_id = $1 AND a.ended_on IS NULL`;
  facts.add(COWORK_FAMILY_IDS, FactKey.sql(COWORK_FAMILY_IDS, manager, coworked, actor.userId));
}
