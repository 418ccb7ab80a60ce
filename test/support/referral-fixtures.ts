import { AgencyKind, Role } from '../../libs/access/src';
import { anAgency, aPerson, aUser, SignedInUser } from './factories';
import { TestApp } from './test-app';

/** A family as a social worker records it: a mother (the adult victim, in a refuge), a father and a child. */
export interface FamilyFixture {
  familyId: string;
  motherId: string;
  fatherId: string;
  childId: string;
}

export async function aFamilyWithParents(
  t: TestApp,
  social: SignedInUser,
  names = { mother: 'Grace', father: 'Daniel', child: 'Amara' },
): Promise<FamilyFixture> {
  const created = await t.gql(`mutation { createFamily(input: { name: "${names.mother} and ${names.father}'s family" }) { id } }`, {}, { token: social.token });
  const familyId = created.data.createFamily.id;
  const motherId = await aPerson(t, social, {
    givenName: names.mother,
    familyName: 'Okafor',
    gender: 'FEMALE',
    ethnicityGroup: 'BLACK',
    dateOfBirth: '1992-04-03',
    confidentialAddress: 'Refuge, address withheld',
    safeContactDetails: 'Text only, after 6pm',
    postcodeArea: 'M14',
  });
  const fatherId = await aPerson(t, social, {
    givenName: names.father,
    familyName: 'Brown',
    gender: 'MALE',
    ethnicityGroup: 'WHITE',
    dateOfBirth: '1989-11-20',
  });
  const childId = await aPerson(t, social, {
    givenName: names.child,
    familyName: 'Okafor-Brown',
    gender: 'FEMALE',
    ethnicityGroup: 'MIXED',
    dateOfBirth: '2021-06-15',
  });
  for (const [personId, kind, joinedOn] of [
    [motherId, 'ADULT', '2020-01-01'],
    [fatherId, 'ADULT', '2020-01-01'],
    [childId, 'CHILD', '2021-06-15'],
  ]) {
    const added = await t.gql(
      `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`,
      { input: { familyId, personId, kind, joinedOn } },
      { token: social.token },
    );
    if (added.errors) throw new Error(`addFamilyMember failed: ${JSON.stringify(added.errors)}`);
  }
  return { familyId, motherId, fatherId, childId };
}

export async function aService(
  t: TestApp,
  admin: SignedInUser,
  input: { agencyId: string; name: string; type: string; eligibilityNotes?: string },
): Promise<string> {
  const result = await t.gql(`mutation ($input: CreateServiceInput!) { createService(input: $input) { id } }`, { input }, { token: admin.token });
  if (!result.data?.createService) throw new Error(`createService failed: ${JSON.stringify(result.errors)}`);
  return result.data.createService.id;
}

/** The partnership around the family: children's social care refers; a perpetrator programme and a MARAC receive. */
export interface Partnership {
  admin: SignedInUser;
  social: SignedInUser; // the allocated social worker (CSC)
  cscAgencyId: string;
  providerAgencyId: string;
  maracAgencyId: string;
  perpetratorWorker: SignedInUser; // at the perpetrator programme provider
  coordinator: SignedInUser; // MARAC coordinator at the MARAC's agency
  caringDadsId: string;
  maracServiceId: string;
}

export async function aPartnership(t: TestApp): Promise<Partnership> {
  const admin = await aUser(t, [Role.ADMIN]);
  const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE);
  const provider = await anAgency(t, AgencyKind.PERPETRATOR_PROGRAMME_PROVIDER);
  const maracAgency = await anAgency(t, AgencyKind.IDVA_SERVICE);
  const social = await aUser(t, [Role.CASE_PRACTITIONER], csc);
  const perpetratorWorker = await aUser(t, [Role.PERPETRATOR_WORKER], provider);
  const coordinator = await aUser(t, [Role.MARAC_COORDINATOR], maracAgency);
  const caringDadsId = await aService(t, admin, {
    agencyId: provider.id,
    name: 'Caring Dads',
    type: 'PERPETRATOR_PROGRAMME',
    eligibilityNotes: 'Fathers of children under 16 who accept responsibility for the harm',
  });
  const maracServiceId = await aService(t, admin, { agencyId: maracAgency.id, name: 'Northside MARAC', type: 'MARAC' });
  return {
    admin,
    social,
    cscAgencyId: csc.id,
    providerAgencyId: provider.id,
    maracAgencyId: maracAgency.id,
    perpetratorWorker,
    coordinator,
    caringDadsId,
    maracServiceId,
  };
}

export const REFERRAL_FIELDS = `id status familyId subjectPersonId serviceId fromUserId fromAgencyId toAgencyId reason consent lawfulBasis lawfulBasisNote
  referredOn submittedOn decidedOn firstEngagedOn lastChangedOn declineReason declineCriterion maracCriteria isRepeatMarac professionalJudgementReason
  daysWaiting daysToFirstEngagement daysSinceLastChange`;

export const CREATE_REFERRAL = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { ${REFERRAL_FIELDS} } }`;

/** `mutation ($input: XInput!) { x(input: $input) { … } }` for a lifecycle mutation. */
export const change = (mutation: string, inputType = 'ChangeReferralInput') =>
  `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${REFERRAL_FIELDS} statusHistory { fromStatus toStatus occurredOn byUserId note declineReason declineCriterion } } }`;

export const DASH = (yes: number, notKnown = 0): string[] => [
  ...Array(yes).fill('YES'),
  ...Array(notKnown).fill('NOT_KNOWN'),
  ...Array(24 - yes - notKnown).fill('NO'),
];

/** A calendar date `days` before `from` ('YYYY-MM-DD'). */
export function daysBefore(from: string, days: number): string {
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

export const todayDate = () => new Date().toISOString().slice(0, 10);
