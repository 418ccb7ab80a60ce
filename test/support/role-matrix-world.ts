import { AgencyKind, Role } from '../../libs/access/src';
import { anAgency, aUser, SignedInUser } from './factories';
import { aMaracReferral, aMaracWithItem, maracWorld, MaracWorld, PARTICIPATION } from './marac';
import { aService } from './referral-fixtures';
import { TestApp } from './test-app';

/**
 * What no one working with people causing harm may ever read, in this world: where Grace is, how to
 * reach her, what the DVA specialist wrote about her, and why Dan was kept out of the meeting.
 */
export const VICTIM_SIDE_SECRETS = {
  confidentialAddress: 'Refuge, 1 Safe Street',
  safeContactDetails: 'Text only, after 6pm, to 07700 900461',
  coworkNote: 'Grace has a second phone hidden at her sister’s',
  exclusionReason: 'Said he would follow her home from the meeting',
};

/** The MARAC world, with one user of every role (and the programme's agency representative), and a record of each kind a screen shows. */
export interface RoleMatrixWorld extends MaracWorld {
  users: Record<string, SignedInUser>;
  meetingId: string;
  itemId: string;
  assessmentId: string;
  maracReferralId: string;
  programmeReferralId: string;
  programmeServiceId: string;
}

const must = <T extends { errors?: unknown; data?: any }>(result: T) => {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
};

export async function roleMatrixWorld(t: TestApp): Promise<RoleMatrixWorld> {
  const w = await maracWorld(t);
  const as = (user: SignedInUser, query: string, input: Record<string, unknown>) => t.gql(query, { input }, { token: user.token }).then(must);
  await t.dataSource.query(`UPDATE person SET safe_contact_details = $2 WHERE id = $1`, [w.graceId, VICTIM_SIDE_SECRETS.safeContactDetails]);

  const specialist = await aUser(t, [Role.DVA_SPECIALIST], await anAgency(t, AgencyKind.SPECIALIST_DVA_SERVICE));
  const admin = await aUser(t, [Role.ADMIN]);
  const users: Record<string, SignedInUser> = {
    administrator: admin,
    'agency representative (IDVA service)': w.idva,
    'agency representative (perpetrator programme)': await aUser(t, [Role.AGENCY_REPRESENTATIVE], w.agencies.programme),
    analyst: await aUser(t, [Role.ANALYST], w.agencies.safety),
    'case practitioner': w.social,
    'DVA specialist': specialist,
    manager: await aUser(t, [Role.MANAGER], w.agencies.csc),
    'MARAC coordinator': w.coordinator,
    'meeting chair': w.chair,
    'perpetrator worker': w.perpetratorWorker,
  };

  await as(w.social, `mutation ($input: StartCoworkInput!) { startCowork(input: $input) { id } }`, {
    familyId: w.familyId,
    specialistUserId: specialist.id,
    startedOn: '2025-01-06',
    reason: 'Safety planning with Grace',
  });
  await as(specialist, `mutation ($input: LogCoworkEntryInput!) { logCoworkEntry(input: $input) { id } }`, {
    familyId: w.familyId,
    kind: 'SAFETY_PLANNING',
    occurredOn: '2025-02-10',
    durationMinutes: 60,
    personSeenIds: [w.graceId],
    note: VICTIM_SIDE_SECRETS.coworkNote,
  });
  const dash = await as(specialist, `mutation ($input: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $input) { id } }`, {
    familyId: w.familyId,
    victimPersonId: w.graceId,
    personCausingHarmId: w.danId,
    assessedOn: '2025-02-11',
    answers: [...Array(15).fill('YES'), ...Array(5).fill('NO'), ...Array(4).fill('NOT_KNOWN')],
    judgement: 'HIGH',
  });

  const { meetingId, itemId } = await aMaracWithItem(t, w);
  await as(w.coordinator, PARTICIPATION, {
    agendaItemId: itemId,
    entries: [
      { personId: w.graceId, participation: 'VIEWS_VIA_ADVOCATE', interpreterProvided: true },
      { personId: w.danId, participation: 'EXCLUDED_FOR_SAFETY', exclusionReason: VICTIM_SIDE_SECRETS.exclusionReason },
      { personId: w.amaraId, participation: 'NOT_INVITED', childView: 'VIA_ADVOCATE' },
    ],
  });
  must(await t.gql(`mutation ($id: ID!) { holdMeeting(id: $id) { id } }`, { id: meetingId }, { token: w.coordinator.token }));
  const maracReferralId = await aMaracReferral(t, w, w.social, w.familyId, w.graceId, '2025-02-12');

  const caringDads = await aService(t, admin, {
    agencyId: w.agencies.programme.id,
    name: `Caring Dads ${w.agencies.programme.name}`,
    type: 'PERPETRATOR_PROGRAMME',
  });
  const programmeReferral = await as(w.social, `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, {
    familyId: w.familyId,
    subjectPersonId: w.danId,
    serviceId: caringDads,
    reason: 'Behaviour change work agreed at MARAC',
    consent: 'GIVEN',
    occurredOn: '2025-03-05',
    submit: true,
  });

  return {
    ...w,
    users,
    meetingId,
    itemId,
    assessmentId: dash.recordRiskAssessment.id,
    maracReferralId,
    programmeReferralId: programmeReferral.createReferral.id,
    programmeServiceId: caringDads,
  };
}
