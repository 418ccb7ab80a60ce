import { AccessFacts, FactKey, hasRole, Role } from '@waymark/access';
import { Actor } from '@waymark/platform';
import { EntityManager } from 'typeorm';

/** Families allocated (now) to the caller or their team: the ones a case practitioner works on. */
export const ALLOCATED_FAMILY_IDS = FactKey.ids('allocatedFamilyIds', { opens: 'Family' });
/** Families a DVA specialist co-works now: declared here with the other family relationships, provided by the co-work facts. */
export const COWORK_FAMILY_IDS = FactKey.ids('coworkFamilyIds', { opens: 'Family' });
/** Families opened to the caller by an active break-glass grant: read only, time-limited. */
export const BREAK_GLASS_FAMILY_IDS = FactKey.ids('breakGlassFamilyIds', { opens: 'Family' });
/** For managers: their agency's families (read by the co-work, referral and risk-assessment rules too). */
export const AGENCY_FAMILY_IDS = FactKey.ids('agencyFamilyIds', { opens: 'Family' });
/** For managers: members of their agency's families (the people they may merge). */
export const AGENCY_PERSON_IDS = FactKey.ids('agencyPersonIds');

/** Derived: every family the caller may read, whatever opened it (every fact declared `opens: 'Family'`). */
export const READABLE_FAMILY_IDS = FactKey.ids('readableFamilyIds');
/** Derived: everyone who has ever been a member of a family the caller may read, and every person a fact opens directly. */
export const VISIBLE_PERSON_IDS = FactKey.ids('visiblePersonIds');

/** Families allocated now to the user or their team ($1: the user). */
export const ALLOCATED_FAMILIES_SQL = `SELECT a.family_id AS id FROM family_allocation a
  WHERE a.ended_on IS NULL AND (a.user_id = $1 OR a.team_id = (SELECT u.team_id FROM app_user u WHERE u.id = $1))`;

const membersOf = (families: string) => `SELECT m.person_id AS id FROM family_membership m WHERE m.family_id IN (${families})`;

/**
 * Built once per request by the ability factory: the relationships as SQL, nothing loaded until a
 * list query uses them as subqueries or a record is checked in memory.
 */
export function loadFamilyAccessFacts(actor: Actor, manager: EntityManager, facts: AccessFacts): void {
  const breakGlass = `SELECT g.subject_id AS id FROM break_glass_grant g WHERE g.user_id = $1 AND g.subject_type = 'FAMILY' AND g.expires_at > now()`;
  facts.add(BREAK_GLASS_FAMILY_IDS, FactKey.sql(BREAK_GLASS_FAMILY_IDS, manager, breakGlass, actor.userId));
  if (hasRole(actor.roles, Role.CASE_PRACTITIONER))
    facts.add(ALLOCATED_FAMILY_IDS, FactKey.sql(ALLOCATED_FAMILY_IDS, manager, ALLOCATED_FAMILIES_SQL, actor.userId));
  if (hasRole(actor.roles, Role.MANAGER)) {
    const agency = `SELECT f.id FROM family f WHERE f.agency_id = $1`;
    facts.add(AGENCY_FAMILY_IDS, FactKey.sql(AGENCY_FAMILY_IDS, manager, agency, actor.agencyId));
    facts.add(AGENCY_PERSON_IDS, FactKey.sql(AGENCY_PERSON_IDS, manager, membersOf(agency), actor.agencyId));
  }
}

/**
 * The one place that says which families and people a caller may read: the union of every fact that
 * opens a family (allocation, co-work, agency, break-glass, meetings they run…), their members, and
 * the people opened directly (referred to the caller's service, in scope on an agenda). A new way in
 * is a new fact declared with `opens`; nobody has to remember to add its people here.
 */
export function deriveFamilyFacts(facts: AccessFacts): void {
  const families = facts.opening('Family', READABLE_FAMILY_IDS.name);
  facts.add(READABLE_FAMILY_IDS, families);
  facts.add(VISIBLE_PERSON_IDS, families.map(VISIBLE_PERSON_IDS.name, membersOf).union(facts.opening('Person', VISIBLE_PERSON_IDS.name)));
}
