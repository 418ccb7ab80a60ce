import { ACTIONS, Actor, RequestContext, SubjectType } from '@waymark/platform';
import { EntityManager } from 'typeorm';
import { abilityOf } from '../ability/ability-of';
import { AccessFacts, FactKey, factsOf } from '../ability/access-facts';
import { FeaturePermissions } from '../ability/app-ability';

/**
 * The victim-side safeguard, the most important rule in Waymark, in one place (docs/domain.md §5.3):
 * restricted detail about the adult victim is for those working for her, and never for anyone who
 * works with people causing harm. Every path asks this file: the field and row rules below (which
 * GraphQL fields, nested objects, lists and exports go through), the timeline's free text, and the
 * morning chase's notifications (`sideOfUsers`, for people other than the caller).
 */

/** Which side of a family's domestic abuse a user works on, from their roles, agency and its services. */
export interface Side {
  /** Works with people causing harm: a perpetrator worker, anyone at a perpetrator programme provider, or the agency representative of an agency running a perpetrator programme. */
  worksWithPeopleCausingHarm: boolean;
  /** Works for the victim: a case practitioner or DVA specialist who does not also work with people causing harm. */
  worksForTheVictim: boolean;
}

/** The caller's side. Not loaded means the safest answer: treated as working with people causing harm. */
export const SIDE = FactKey.one<Side>('side', () => ({ worksWithPeopleCausingHarm: true, worksForTheVictim: false }));

/**
 * People referred to the caller's own service: the only ones whose sensitive details (other names,
 * immigration status, disability) someone working with people causing harm sees. Declared here, where
 * it is read; provided by the referrals' facts.
 */
export const REFERRED_TO_MY_SERVICE = FactKey.ids('referredToMyService', { opens: 'Person' });

/** The only referrals someone working with people causing harm receives (ServiceType.PERPETRATOR_PROGRAMME). */
export const HARM_SIDE_RECEIVES = 'PERPETRATOR_PROGRAMME';
/** An action about the adult victim (ScopeRole.ADULT_VICTIM) can place her: its text is not for the harm side. */
export const ABOUT_THE_VICTIM = 'ADULT_VICTIM';

/** Fields only those working for the victim see: where she is, how to reach her, what she said. */
const FOR_THE_VICTIM: Array<[SubjectType, string[]]> = [
  ['Person', ['confidentialAddress', 'safeContactDetails', 'postcodeArea']],
  ['RiskAssessment', ['answers']],
  ['HarmRelationship', ['note']],
  // Separation notes ("moved to …") can say where someone now lives.
  ['CoupleStatusEvent', ['note']],
  ['CoworkEntry', ['note']],
  ['CoworkArrangement', ['reason']],
  ['CoworkFollowUp', ['description']],
  ['PostSeparationReview', ['note']],
];

/** Fields everyone who can see the record sees, except those working with people causing harm. */
const NOT_FOR_THE_HARM_SIDE: Array<[SubjectType, string[]]> = [
  // A new name, an immigration status or a disability can find someone or be used against them.
  ['Person', ['aliases', 'disability', 'immigrationStatus', 'noRecourseToPublicFunds']],
  // What was said about the family's risks, what was decided and why someone was excluded can place the victim.
  ['Participation', ['exclusionReason']],
  ['AgendaItem', ['riskSummary']],
  ['AgendaDecision', ['text']],
  // Why a closure was proposed, approved or returned ("safety plan agreed with Grace…").
  ['EpisodeChangeProposal', ['reason', 'decisionNote']],
  ['MeetingAction', ['description', 'completionNote']],
  // An agency's MARAC research: what it holds on her and the children, its opinion, and what it held back (and why) can place her.
  ['AgencyResearch', ['victimFacts', 'childrenFacts', 'professionalOpinion', 'notShared', 'notSharedReason']],
  // The criteria behind a MARAC referral rest on her DASH, her incidents and her earlier referrals.
  ['Referral', ['maracCriteriaChecks']],
  // The free text of the family's timeline (incident descriptions, what a meeting said).
  ['TimelineEntry', ['freeText']],
];

/**
 * Whole records only those working for the victim see at all (docs/domain.md §5.3): a safety plan says
 * where she and the children would go, who would be told, how she is reached. For anyone else it does
 * not exist: not in a list, a nested field, the timeline, a search or an export.
 */
const ONLY_FOR_THE_VICTIM: SubjectType[] = ['SafetyPlan', 'SafetyPlanReview'];

/** Rules on top of every feature's own: `cannot` narrows whatever a feature allowed. */
export const victimSidePermissions: FeaturePermissions = {
  feature: 'victim-side',
  rows({ actor, facts }, _can, cannot) {
    const side = facts.get(SIDE);
    if (!side.worksForTheVictim) cannot([...ACTIONS], ONLY_FOR_THE_VICTIM);
    if (!side.worksWithPeopleCausingHarm) return;
    // What practitioners only suspect could reach him and endanger her.
    cannot('read', 'HarmRelationship', { disclosure: 'SUSPECTED_NOT_DISCLOSED' });
    // Signals and MARAC criteria are written from victim-side records (separations, contact, her DASH, her incidents).
    cannot(['read', 'acknowledge', 'review'], 'RiskSignal');
    cannot(['read', 'review'], 'PostSeparationReview');
    cannot('assess', 'MaracCriteria');
    // Never a victim's referral to a partner-support service his agency may also run.
    cannot(['read', 'respond'], 'Referral', { toAgencyId: actor.agencyId, serviceType: { $ne: HARM_SIDE_RECEIVES } });
  },
  restrictedFields({ facts }, grant) {
    const side = facts.get(SIDE);
    if (side.worksForTheVictim) for (const [subject, fields] of FOR_THE_VICTIM) grant(subject, fields);
    if (!side.worksWithPeopleCausingHarm) {
      for (const [subject, fields] of NOT_FOR_THE_HARM_SIDE) grant(subject, fields);
      return;
    }
    grant('Person', ['aliases', 'disability', 'immigrationStatus', 'noRecourseToPublicFunds'], { id: { $inFact: facts.get(REFERRED_TO_MY_SERVICE) } });
    grant('MeetingAction', ['description', 'completionNote'], { subjectScopeRole: { $ne: ABOUT_THE_VICTIM } });
  },
};

/** The side of each of these users, by one SQL rule (the same for the caller and for a notification's recipients). */
export async function sideOfUsers(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, Side>> {
  if (!userIds.length) return new Map();
  const rows: Array<{ id: string; with_harm: boolean; for_victim: boolean }> = await manager.query(
    `SELECT u.id, side.with_harm,
            (NOT side.with_harm AND u.roles && ARRAY['CASE_PRACTITIONER', 'DVA_SPECIALIST']::text[]) AS for_victim
       FROM app_user u
       JOIN agency a ON a.id = u.agency_id
      CROSS JOIN LATERAL (SELECT (
              'PERPETRATOR_WORKER' = ANY(u.roles)
              OR a.kind = 'PERPETRATOR_PROGRAMME_PROVIDER'
              OR ('AGENCY_REPRESENTATIVE' = ANY(u.roles)
                  AND EXISTS (SELECT 1 FROM service s WHERE s.agency_id = u.agency_id AND s.type = $2 AND s.active))
            ) AS with_harm) side
      WHERE u.id = ANY($1::uuid[])`,
    [userIds, HARM_SIDE_RECEIVES],
  );
  return new Map(rows.map((row) => [row.id, { worksWithPeopleCausingHarm: row.with_harm, worksForTheVictim: row.for_victim }]));
}

/**
 * The side of an agency as the reader of a document sent to it (a meeting pack): whoever there may read
 * it, so the most restricted of them. It works with people causing harm if any of its users would
 * (a perpetrator programme provider, an agency running a perpetrator programme, or one with a
 * perpetrator worker); a document never works for the victim, so her own detail is never in it.
 */
export async function sideOfAgency(manager: EntityManager, agencyId: string): Promise<Side> {
  const [row]: Array<{ with_harm: boolean }> = await manager.query(
    `SELECT (a.kind = 'PERPETRATOR_PROGRAMME_PROVIDER'
             OR EXISTS (SELECT 1 FROM service s WHERE s.agency_id = a.id AND s.type = $2 AND s.active)
             OR EXISTS (SELECT 1 FROM app_user u WHERE u.agency_id = a.id AND u.active AND 'PERPETRATOR_WORKER' = ANY(u.roles))) AS with_harm
       FROM agency a WHERE a.id = $1`,
    [agencyId, HARM_SIDE_RECEIVES],
  );
  return { worksWithPeopleCausingHarm: row?.with_harm ?? true, worksForTheVictim: false };
}

/** Fact loader: the caller's side. */
export async function loadSide(actor: Actor, manager: EntityManager, facts: AccessFacts): Promise<void> {
  const side = (await sideOfUsers(manager, [actor.userId])).get(actor.userId);
  if (side) facts.add(SIDE, side);
}

/** The signed-in caller's side, for what is not a field or a row: wording, a job's output. */
export function sideOf(ctx: RequestContext): Side {
  return factsOf(abilityOf(ctx)).get(SIDE);
}

/** Whether this user may see safety plans at all (for wording and job outputs, as `ONLY_FOR_THE_VICTIM` above). */
export function maySeeSafetyPlans(side: Side): boolean {
  return side.worksForTheVictim;
}

/** Whether an action's text may reach this user (the API's MeetingAction rule above, for a notification). */
export function mayReadActionText(side: Side, subjectScopeRole: string | null): boolean {
  return !side.worksWithPeopleCausingHarm || subjectScopeRole !== ABOUT_THE_VICTIM;
}
