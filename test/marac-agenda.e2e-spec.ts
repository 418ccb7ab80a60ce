import { ServiceEntity } from '../libs/referrals/src';
import { RequestContext, TransactionalConnection } from '../libs/platform/src';
import { aPerson, SignedInUser } from './support/factories';
import { ADD_ITEM, aMaracReferral, MARAC_DAY, maracWorld, MaracWorld, SCHEDULE } from './support/marac';
import { startTestApp, TestApp } from './support/test-app';

const CANDIDATES = `query ($id: ID!) { maracAgendaCandidates(meetingId: $id) { id familyId subjectPersonId submittedOn isRepeatMarac status } }`;
const REFER = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id meetingId } }`;

/**
 * A coordinator's MARAC is built from MARAC referrals: the candidate list, listing a case from its
 * referral (and only so), and referrals agreed at the meeting linked to it.
 */
describe('MARAC agendas from MARAC referrals', () => {
  let t: TestApp;
  let w: MaracWorld;
  let previousMarac: string;
  let marac: string;
  const victims: Record<string, { familyId: string; victimId: string }> = {};
  const referrals: Record<string, string> = {};

  const as = (user: SignedInUser) => (query: string, variables: Record<string, unknown>) => t.gql(query, variables, { token: user.token });
  const schedule = async (type: string, startsAt: string) => {
    const made = await as(w.coordinator)(SCHEDULE, {
      input: { type, title: `${type} ${startsAt}`, startsAt, chairUserId: w.chair.id, invitedAgencyIds: [w.agencies.csc.id, w.agencies.idvaService.id] },
    });
    if (made.errors) throw new Error(JSON.stringify(made.errors));
    return made.data.scheduleMeeting.id as string;
  };
  const aVictimFamily = async (name: string) => {
    const familyId = (await as(w.social)(`mutation { createFamily(input: { name: "${name} family" }) { id } }`, {})).data.createFamily.id;
    const victimId = await aPerson(t, w.social, { givenName: name, familyName: 'Test', gender: 'FEMALE', ethnicityGroup: 'WHITE', dateOfBirth: '1990-01-01' });
    await as(w.social)(`mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`, {
      input: { familyId, personId: victimId, kind: 'ADULT', joinedOn: '2015-01-01' },
    });
    return { familyId, victimId };
  };
  const agendaCount = async (meetingId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1`, [meetingId]))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    w = await maracWorld(t);
    previousMarac = await schedule('MARAC', '2025-02-04T09:30:00Z');
    marac = await schedule('MARAC', `${MARAC_DAY}T09:30:00Z`);
    for (const name of ['Alice', 'Beth', 'Cara', 'Dina', 'Erin', 'Fay']) victims[name] = await aVictimFamily(name);
    const refer = (name: string, on: string) => aMaracReferral(t, w, w.social, victims[name].familyId, victims[name].victimId, on);
    referrals.aliceEarlier = await refer('Alice', '2025-01-20'); // before the previous MARAC
    referrals.aliceRepeat = await refer('Alice', '2025-02-10'); // a repeat: Alice was referred 21 days before
    referrals.beth = await refer('Beth', '2025-02-04'); // on the day of the previous MARAC
    referrals.cara = await refer('Cara', '2025-02-20');
    referrals.erin = await refer('Erin', '2025-02-15');
    await as(w.social)(`mutation ($input: ChangeReferralInput!) { withdrawReferral(input: $input) { status } }`, {
      input: { referralId: referrals.erin, occurredOn: '2025-02-16' },
    });
    referrals.fay = await refer('Fay', '2025-03-10'); // after this MARAC
    const draft = await as(w.social)(REFER, {
      input: {
        familyId: victims.Dina.familyId,
        subjectPersonId: victims.Dina.victimId,
        serviceId: w.maracServiceId,
        reason: 'Draft',
        consent: 'GIVEN',
        occurredOn: '2025-02-21',
      },
    });
    referrals.dinaDraft = draft.data.createReferral.id;
  });
  afterAll(() => t.close());

  it('lists the MARAC referrals submitted since the previous MARAC and not yet listed, repeats first', async () => {
    const result = await as(w.coordinator)(CANDIDATES, { id: marac });
    expect(result.errors).toBeUndefined();
    expect(result.data.maracAgendaCandidates.map((r: { id: string }) => r.id)).toEqual([referrals.aliceRepeat, referrals.beth, referrals.cara]);
    expect(result.data.maracAgendaCandidates[0]).toMatchObject({ isRepeatMarac: true, submittedOn: '2025-02-10' });
  });

  it('only the coordinators running the MARAC build its agenda', async () => {
    for (const user of [w.chair, w.idva, w.social]) {
      expect((await as(user)(CANDIDATES, { id: marac })).errors![0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('a MARAC case is listed from its referral, once, with its victim in scope; anything else is refused and nothing is written', async () => {
    const list = (input: Record<string, unknown>, meetingId = marac) =>
      as(w.coordinator)(ADD_ITEM, { input: { meetingId, reasonForListing: 'MARAC referral', ...input } });
    const beth = victims.Beth;
    const before = await agendaCount(marac);
    const refused = async (promise: ReturnType<typeof list>, code: string, message: string | RegExp) => {
      const result = await promise;
      expect(result.errors?.[0].extensions.code).toBe(code);
      expect(result.errors![0].message).toMatch(message);
    };
    await refused(
      list({ familyId: beth.familyId, people: [{ personId: beth.victimId, scopeRole: 'ADULT_VICTIM' }] }),
      'BAD_USER_INPUT',
      /^maracReferralId: a MARAC lists a case from its MARAC referral/,
    );
    await refused(
      list({ familyId: beth.familyId, maracReferralId: referrals.cara, people: [{ personId: beth.victimId, scopeRole: 'ADULT_VICTIM' }] }),
      'BAD_USER_INPUT',
      'maracReferralId: is about another family',
    );
    await refused(
      list({ familyId: beth.familyId, maracReferralId: referrals.beth, people: [{ personId: beth.victimId, scopeRole: 'OTHER_ADULT' }] }),
      'BAD_USER_INPUT',
      /^people: must include the person the MARAC referral is about/,
    );
    await refused(
      list({ familyId: victims.Erin.familyId, maracReferralId: referrals.erin, people: [{ personId: victims.Erin.victimId, scopeRole: 'ADULT_VICTIM' }] }),
      'CONFLICT',
      'That MARAC referral is withdrawn, so it cannot be listed.',
    );
    await refused(
      list({ familyId: victims.Dina.familyId, maracReferralId: referrals.dinaDraft, people: [{ personId: victims.Dina.victimId, scopeRole: 'ADULT_VICTIM' }] }),
      'NOT_FOUND',
      'maracReferralId: no referral you can see has that id.',
    );
    expect(await agendaCount(marac)).toBe(before);

    const listed = await list({ familyId: beth.familyId, maracReferralId: referrals.beth, people: [{ personId: beth.victimId, scopeRole: 'ADULT_VICTIM' }] });
    expect(listed.errors).toBeUndefined();
    await refused(
      list({ familyId: beth.familyId, maracReferralId: referrals.beth, people: [{ personId: beth.victimId, scopeRole: 'ADULT_VICTIM' }] }, previousMarac),
      'CONFLICT',
      'That MARAC referral is already listed on an agenda.',
    );
    const strategy = await schedule('STRATEGY_MEETING', '2025-03-05T09:30:00Z');
    await refused(
      list({ familyId: beth.familyId, maracReferralId: referrals.beth, people: [{ personId: beth.victimId, scopeRole: 'ADULT_VICTIM' }] }, strategy),
      'BAD_USER_INPUT',
      'maracReferralId: is only for items on a MARAC',
    );

    const candidates = await as(w.coordinator)(CANDIDATES, { id: marac });
    expect(candidates.data.maracAgendaCandidates.map((r: { id: string }) => r.id)).toEqual([referrals.aliceRepeat, referrals.cara]);
    const item = await as(w.coordinator)(`query ($id: ID!) { meeting(id: $id) { agendaItems { familyName maracReferral { id isRepeatMarac } } } }`, {
      id: marac,
    });
    expect(item.data.meeting.agendaItems).toEqual([{ familyName: 'Beth family', maracReferral: { id: referrals.beth, isRepeatMarac: false } }]);
  });

  it('a referral agreed at the meeting is linked to it, and only for a family on its agenda', async () => {
    const db = t.app.get(TransactionalConnection);
    const idvaService = await db.withTransaction(RequestContext.system('fixture'), (ctx) =>
      db.repository(ctx, ServiceEntity).save({ agencyId: w.agencies.idvaService.id, name: `IDVA ${marac.slice(0, 6)}`, type: 'IDVA' as ServiceEntity['type'] }),
    );
    const beth = victims.Beth;
    const input = {
      familyId: beth.familyId,
      subjectPersonId: beth.victimId,
      serviceId: idvaService.id,
      reason: 'Agreed at MARAC',
      consent: 'GIVEN',
      submit: true,
    };
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM referral WHERE family_id = $1`, [beth.familyId]))[0].n;

    const notListed = await as(w.social)(REFER, {
      input: { ...input, familyId: victims.Cara.familyId, subjectPersonId: victims.Cara.victimId, meetingId: marac, occurredOn: MARAC_DAY },
    });
    expect(notListed.errors![0]).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: 'meetingId: no meeting has that id with this family on its agenda.',
    });
    const early = await as(w.social)(REFER, { input: { ...input, meetingId: marac, occurredOn: '2025-03-03' } });
    expect(early.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: `occurredOn: is before the meeting it was agreed at (${MARAC_DAY})`,
    });
    const strategy = await schedule('STRATEGY_MEETING', '2025-03-06T09:30:00Z');
    await as(w.coordinator)(ADD_ITEM, {
      input: { meetingId: strategy, familyId: beth.familyId, reasonForListing: 'Strategy', people: [{ personId: beth.victimId, scopeRole: 'ADULT_VICTIM' }] },
    });
    await as(w.coordinator)(`mutation ($input: CancelMeetingInput!) { cancelMeeting(input: $input) { status } }`, {
      input: { meetingId: strategy, reason: 'Chair unavailable' },
    });
    const cancelled = await as(w.social)(REFER, { input: { ...input, meetingId: strategy, occurredOn: '2025-03-06' } });
    expect(cancelled.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: 'That meeting was cancelled, so nothing can be agreed at it.' });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM referral WHERE family_id = $1`, [beth.familyId]))[0].n).toBe(before);

    const agreed = await as(w.social)(REFER, { input: { ...input, meetingId: marac, occurredOn: MARAC_DAY } });
    expect(agreed.errors).toBeUndefined();
    expect(agreed.data.createReferral.meetingId).toBe(marac);
    // The IDVA service (invited, and receiving it) sees it on the meeting; the coordinator, who neither made nor receives it, does not.
    const seen = (user: SignedInUser) => as(user)(`query ($id: ID!) { meeting(id: $id) { referralsAgreed { id service { name } } } }`, { id: marac });
    expect((await seen(w.idva)).data.meeting.referralsAgreed).toEqual([{ id: agreed.data.createReferral.id, service: { name: idvaService.name } }]);
    expect((await seen(w.coordinator)).data.meeting.referralsAgreed).toEqual([]);
  });
});
