import { randomUUID } from 'node:crypto';
import { AgencyEntity, AgencyKind, Role } from '../../libs/access/src';
import { RequestContext, TransactionalConnection } from '../../libs/platform/src';
import { ServiceEntity } from '../../libs/referrals/src';
import { anAgency, aPerson, aUser, SignedInUser } from './factories';
import { TestApp } from './test-app';

/**
 * The people around one MARAC: the coordinator (community safety), the chair (police), the agencies
 * invited (CSC, the IDVA service, a perpetrator programme) with one user each, an agency that was
 * not invited (health), and a family known to CSC: Grace (who needs an interpreter and is in a
 * refuge), Dan, who causes her harm, and their daughter Amara, on a CP plan.
 */
export interface MaracWorld {
  agencies: Record<'safety' | 'police' | 'csc' | 'idvaService' | 'programme' | 'health', AgencyEntity>;
  coordinator: SignedInUser;
  chair: SignedInUser;
  social: SignedInUser; // Amara's allocated social worker
  idva: SignedInUser; // agency representative of the IDVA service
  perpetratorWorker: SignedInUser;
  healthRep: SignedInUser; // agency representative of an agency not invited
  familyId: string;
  graceId: string;
  danId: string;
  amaraId: string;
  episodeId: string;
  /** The MARAC service community safety runs: MARAC cases are listed from referrals to it. */
  maracServiceId: string;
}

export const MARAC_DAY = '2025-03-04';

export const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id status } }`;
export const ADD_ITEM = `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id position } }`;
export const DECIDE = `mutation ($input: RecordAgendaDecisionInput!) { recordAgendaDecision(input: $input) { id kind childId episodeTransitionId text } }`;
export const PARTICIPATION = `mutation ($input: RecordParticipationInput!) {
  recordParticipation(input: $input) { participation { personId participation exclusionReason childView interpreterProvided } }
}`;
export const AGREE = `mutation ($input: AgreeActionInput!) { agreeAction(input: $input) { id status dueOn ownerUserId externalOwnerName chaseCount } }`;

/**
 * `danFamilyName` gives Dan a surname of the caller's own, for a test that finds him in a list of
 * every person causing harm in the partnership (other files' worlds have their own Dan Brown).
 */
export async function maracWorld(t: TestApp, { danFamilyName = 'Brown' } = {}): Promise<MaracWorld> {
  // Agency names are unique, and test files share one database.
  const area = `Northside ${randomUUID().slice(0, 6)}`;
  const agencies = {
    safety: await anAgency(t, AgencyKind.VOLUNTARY_SECTOR, `${area} Community Safety`),
    police: await anAgency(t, AgencyKind.POLICE, `${area} Police`),
    csc: await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE, `${area} Children's Services`),
    idvaService: await anAgency(t, AgencyKind.IDVA_SERVICE, `${area} IDVA Service`),
    programme: await anAgency(t, AgencyKind.PERPETRATOR_PROGRAMME_PROVIDER, `${area} Caring Dads`),
    health: await anAgency(t, AgencyKind.HEALTH_GP, `${area} GP Practice`),
  };
  const social = await aUser(t, [Role.CASE_PRACTITIONER], agencies.csc);
  const gql = (query: string, input: Record<string, unknown>, by = social) => t.gql(query, { input }, { token: by.token });
  const familyId = (await t.gql(`mutation { createFamily(input: { name: "Okafor-Brown family" }) { id } }`, {}, { token: social.token })).data.createFamily.id;
  const graceId = await aPerson(t, social, {
    givenName: 'Grace',
    familyName: 'Okafor',
    gender: 'FEMALE',
    ethnicityGroup: 'BLACK',
    dateOfBirth: '1992-04-03',
    firstLanguage: 'Yoruba',
    interpreterNeeded: true,
    confidentialAddress: 'Refuge, 1 Safe Street',
  });
  const danId = await aPerson(t, social, { givenName: 'Dan', familyName: danFamilyName, gender: 'MALE', ethnicityGroup: 'WHITE', dateOfBirth: '1989-11-20' });
  const amaraId = await aPerson(t, social, {
    givenName: 'Amara',
    familyName: 'Okafor-Brown',
    gender: 'FEMALE',
    ethnicityGroup: 'MIXED',
    dateOfBirth: '2019-06-15',
  });
  const ADD_MEMBER = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`;
  for (const [personId, kind, joinedOn] of [
    [graceId, 'ADULT', '2018-01-01'],
    [danId, 'ADULT', '2018-01-01'],
    [amaraId, 'CHILD', '2019-06-15'],
  ]) {
    const added = await gql(ADD_MEMBER, { familyId, personId, kind, joinedOn });
    if (added.errors) throw new Error(JSON.stringify(added.errors));
  }
  const opened = await gql(`mutation ($input: OpenEpisodeInput!) { openEpisode(input: $input) { id } }`, {
    familyId,
    childId: amaraId,
    level: 'CP_PLAN',
    occurredOn: '2024-09-10',
    reason: 'ICPC: risk of significant harm',
  });
  const db = t.app.get(TransactionalConnection);
  const maracService = await db.withTransaction(RequestContext.system('fixture'), (ctx) =>
    db.repository(ctx, ServiceEntity).save({ agencyId: agencies.safety.id, name: `${area} MARAC`, type: 'MARAC' as ServiceEntity['type'] }),
  );
  return {
    agencies,
    maracServiceId: maracService.id,
    coordinator: await aUser(t, [Role.MARAC_COORDINATOR], agencies.safety),
    chair: await aUser(t, [Role.MEETING_CHAIR], agencies.police),
    social,
    idva: await aUser(t, [Role.AGENCY_REPRESENTATIVE], agencies.idvaService),
    perpetratorWorker: await aUser(t, [Role.PERPETRATOR_WORKER], agencies.programme),
    healthRep: await aUser(t, [Role.AGENCY_REPRESENTATIVE], agencies.health),
    familyId,
    graceId,
    danId,
    amaraId,
    episodeId: opened.data.openEpisode.id,
  };
}

/** A MARAC referral of the victim, submitted by `by` (her allocated practitioner) on `submittedOn`, on professional judgement. */
export async function aMaracReferral(t: TestApp, w: MaracWorld, by: SignedInUser, familyId: string, victimId: string, submittedOn: string): Promise<string> {
  const made = await t.gql(
    `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
    {
      input: {
        familyId,
        subjectPersonId: victimId,
        serviceId: w.maracServiceId,
        reason: 'Strangulation disclosed; separation planned',
        consent: 'GIVEN',
        occurredOn: submittedOn,
        submit: true,
        professionalJudgementReason: 'Escalating coercive control around the planned separation',
      },
    },
    { token: by.token },
  );
  if (made.errors) throw new Error(JSON.stringify(made.errors));
  return made.data.createReferral.id;
}

/** A MARAC on MARAC_DAY (or another date) inviting police, CSC, the IDVA service and the programme, with the family listed. */
export async function aMaracWithItem(t: TestApp, w: MaracWorld, startsAt = `${MARAC_DAY}T09:30:00Z`): Promise<{ meetingId: string; itemId: string }> {
  const { agencies } = w;
  const scheduled = await t.gql(
    SCHEDULE,
    {
      input: {
        type: 'MARAC',
        title: 'Northside MARAC',
        startsAt,
        chairUserId: w.chair.id,
        invitedAgencyIds: [agencies.police.id, agencies.csc.id, agencies.idvaService.id, agencies.programme.id],
      },
    },
    { token: w.coordinator.token },
  );
  if (scheduled.errors) throw new Error(JSON.stringify(scheduled.errors));
  const meetingId = scheduled.data.scheduleMeeting.id;
  // Referred on the MARAC's day, or today for a MARAC still to come.
  const referredOn = [startsAt.slice(0, 10), new Date().toISOString().slice(0, 10)].sort()[0];
  const maracReferralId = await aMaracReferral(t, w, w.social, w.familyId, w.graceId, referredOn);
  const item = await t.gql(
    ADD_ITEM,
    {
      input: {
        meetingId,
        familyId: w.familyId,
        maracReferralId,
        reasonForListing: 'Repeat referral: incident on 2 March',
        people: [
          { personId: w.graceId, scopeRole: 'ADULT_VICTIM' },
          { personId: w.danId, scopeRole: 'PERSON_CAUSING_HARM' },
          { personId: w.amaraId, scopeRole: 'CHILD' },
        ],
      },
    },
    { token: w.coordinator.token },
  );
  if (item.errors) throw new Error(JSON.stringify(item.errors));
  return { meetingId, itemId: item.data.addAgendaItem.id };
}
