import { randomUUID } from 'node:crypto';
import { Role } from '../libs/access/src';
import { aPerson, aUser, SignedInUser } from './support/factories';
import { aFamilyWithParents, aPartnership, aService, change, CREATE_REFERRAL, FamilyFixture, Partnership, todayDate } from './support/referral-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const HISTORY = `query ($id: ID!) { referral(id: $id) { status statusHistory { fromStatus toStatus occurredOn byUserId note declineReason declineCriterion by { displayName } } } }`;

/** The mutation that moves a referral to each status, and which side records it. */
const MOVES: Record<string, { mutation: string; side: 'referrer' | 'service'; extra?: Record<string, unknown>; type?: string }> = {
  SUBMITTED: { mutation: 'submitReferral', side: 'referrer', type: 'SubmitReferralInput' },
  WITHDRAWN: { mutation: 'withdrawReferral', side: 'referrer' },
  ACCEPTED: { mutation: 'acceptReferral', side: 'service' },
  DECLINED: { mutation: 'declineReferral', side: 'service', extra: { reason: 'CAPACITY' }, type: 'DeclineReferralInput' },
  ENGAGED: { mutation: 'recordReferralEngaged', side: 'service' },
  COMPLETED: { mutation: 'completeReferral', side: 'service' },
  DISENGAGED: { mutation: 'recordReferralDisengaged', side: 'service' },
};

describe('Referring a father to a perpetrator programme and following it to an outcome', () => {
  let t: TestApp;
  let p: Partnership;
  let family: FamilyFixture;

  const refer = (input: Record<string, unknown> = {}, user: SignedInUser = p.social) =>
    t.gql(
      CREATE_REFERRAL,
      {
        input: {
          familyId: family.familyId,
          subjectPersonId: family.fatherId,
          serviceId: p.caringDadsId,
          reason: 'Coercive control; child on a CP plan',
          consent: 'GIVEN',
          occurredOn: '2025-03-01',
          ...input,
        },
      },
      { token: user.token },
    );
  const move = (to: string, referralId: string, occurredOn: string, extra: Record<string, unknown> = {}) => {
    const { mutation, side, type, extra: defaults } = MOVES[to];
    return t.gql(
      change(mutation, type),
      { input: { referralId, occurredOn, ...defaults, ...extra } },
      { token: (side === 'referrer' ? p.social : p.perpetratorWorker).token },
    );
  };
  const counts = async () => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM referral) AS referrals, (SELECT count(*)::int FROM referral_status_change) AS changes`,
    );
    return row;
  };

  beforeAll(async () => {
    t = await startTestApp();
    p = await aPartnership(t);
    family = await aFamilyWithParents(t, p.social);
  });
  afterAll(() => t.close());

  it('the social worker drafts and submits; Caring Dads accepts, records engagement and completion; the referrer sees every dated step', async () => {
    const draft = await refer({ occurredOn: '2025-03-01' });
    expect(draft.errors).toBeUndefined();
    const referral = draft.data.createReferral;
    expect(referral).toMatchObject({
      status: 'DRAFT',
      subjectPersonId: family.fatherId,
      fromUserId: p.social.id,
      fromAgencyId: p.cscAgencyId,
      toAgencyId: p.providerAgencyId,
      referredOn: '2025-03-01',
      submittedOn: null,
      decidedOn: null,
      daysWaiting: null,
      lawfulBasis: null,
      maracCriteria: [],
      isRepeatMarac: false,
    });

    const submitted = await move('SUBMITTED', referral.id, '2025-03-03');
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data.submitReferral).toMatchObject({ status: 'SUBMITTED', submittedOn: '2025-03-03', lastChangedOn: '2025-03-03' });
    expect((await move('ACCEPTED', referral.id, '2025-03-10', { note: 'Assessment booked' })).data.acceptReferral).toMatchObject({
      status: 'ACCEPTED',
      decidedOn: '2025-03-10',
      daysWaiting: 7,
    });
    expect((await move('ENGAGED', referral.id, '2025-03-24')).data.recordReferralEngaged).toMatchObject({
      status: 'ENGAGED',
      firstEngagedOn: '2025-03-24',
      daysToFirstEngagement: 21,
    });
    const completed = await move('COMPLETED', referral.id, '2025-09-01', { note: 'Completed all 17 sessions' });
    expect(completed.errors).toBeUndefined();

    // The referrer sees the outcome, and the derived durations are computed from the dates.
    const read = await t.gql(
      `query ($id: ID!) { referral(id: $id) { status daysWaiting daysToFirstEngagement daysSinceLastChange service { name type } subject { givenName } referredBy { id } } }`,
      { id: referral.id },
      { token: p.social.token },
    );
    const sinceCompletion = Math.round((Date.parse(`${todayDate()}T00:00:00Z`) - Date.parse('2025-09-01T00:00:00Z')) / 86_400_000);
    expect(read.data.referral).toEqual({
      status: 'COMPLETED',
      daysWaiting: 7,
      daysToFirstEngagement: 21,
      daysSinceLastChange: sinceCompletion,
      service: { name: 'Caring Dads', type: 'PERPETRATOR_PROGRAMME' },
      subject: { givenName: 'Daniel' },
      referredBy: { id: p.social.id },
    });
    const history = await t.gql(HISTORY, { id: referral.id }, { token: p.social.token });
    expect(history.data.referral.statusHistory.map((c: Record<string, unknown>) => [c.fromStatus, c.toStatus, c.occurredOn, c.byUserId, c.note])).toEqual([
      [null, 'DRAFT', '2025-03-01', p.social.id, null],
      ['DRAFT', 'SUBMITTED', '2025-03-03', p.social.id, null],
      ['SUBMITTED', 'ACCEPTED', '2025-03-10', p.perpetratorWorker.id, 'Assessment booked'],
      ['ACCEPTED', 'ENGAGED', '2025-03-24', p.perpetratorWorker.id, null],
      ['ENGAGED', 'COMPLETED', '2025-09-01', p.perpetratorWorker.id, 'Completed all 17 sessions'],
    ]);

    const audited = await t.dataSource.query(`SELECT action, detail FROM audit_event WHERE subject_type = 'Referral' AND subject_id = $1 ORDER BY id`, [
      referral.id,
    ]);
    expect(audited.map((e: { action: string }) => e.action)).toEqual([
      'referral.create',
      'referral.submit',
      'referral.accept',
      'referral.record_engaged',
      'referral.complete',
    ]);
    expect(JSON.stringify(audited)).not.toMatch(/Coercive|sessions/);

    // On the family timeline in practitioner words: the submission and each outcome, never the draft.
    const timeline = await t.gql(
      `query ($id: ID!) { family(id: $id) { timeline(kinds: [REFERRAL_SUBMITTED, REFERRAL_OUTCOME]) { nodes { date kind summary } } } }`,
      { id: family.familyId },
      { token: p.social.token },
    );
    expect(timeline.data.family.timeline.nodes).toEqual([
      { date: '2025-09-01', kind: 'REFERRAL_OUTCOME', summary: 'Daniel completed Caring Dads (perpetrator programme).' },
      { date: '2025-03-24', kind: 'REFERRAL_OUTCOME', summary: 'Daniel engaged with Caring Dads (perpetrator programme).' },
      { date: '2025-03-10', kind: 'REFERRAL_OUTCOME', summary: 'Caring Dads accepted the referral of Daniel.' },
      { date: '2025-03-03', kind: 'REFERRAL_SUBMITTED', summary: 'Referred Daniel to Caring Dads (perpetrator programme).' },
    ]);
  });

  it('Caring Dads declines on eligibility, naming the criterion; the referrer sees why, and the family timeline says so', async () => {
    const referral = (await refer({ submit: true, occurredOn: '2025-04-01' })).data.createReferral;
    expect(referral).toMatchObject({ status: 'SUBMITTED', submittedOn: '2025-04-01' });
    const declined = await move('DECLINED', referral.id, '2025-04-15', { reason: 'ELIGIBILITY', criterion: 'Does not accept responsibility for the harm' });
    expect(declined.errors).toBeUndefined();
    expect(declined.data.declineReferral).toMatchObject({
      status: 'DECLINED',
      decidedOn: '2025-04-15',
      daysWaiting: 14,
      declineReason: 'ELIGIBILITY',
      declineCriterion: 'Does not accept responsibility for the harm',
    });
    const seen = await t.gql(HISTORY, { id: referral.id }, { token: p.social.token });
    expect(seen.data.referral.statusHistory.map((c: Record<string, unknown>) => [c.fromStatus, c.toStatus, c.declineReason, c.declineCriterion])).toEqual([
      [null, 'SUBMITTED', null, null],
      ['SUBMITTED', 'DECLINED', 'ELIGIBILITY', 'Does not accept responsibility for the harm'],
    ]);
    const timeline = await t.gql(
      `query ($id: ID!) { family(id: $id) { timeline(kinds: [REFERRAL_OUTCOME], from: "2025-04-15", to: "2025-04-15") { nodes { summary } } } }`,
      { id: family.familyId },
      { token: p.social.token },
    );
    expect(timeline.data.family.timeline.nodes).toEqual([
      { summary: 'Caring Dads declined the referral of Daniel (eligibility: Does not accept responsibility for the harm).' },
    ]);
  });

  describe('the lifecycle', () => {
    let other: FamilyFixture;
    beforeAll(async () => (other = await aFamilyWithParents(t, p.social, { mother: 'Ewa', father: 'Liam', child: 'Zofia' })));

    /** A referral of Liam to Caring Dads brought to `status` along the usual path. */
    const referralIn = async (status: string): Promise<string> => {
      const path = {
        DRAFT: [],
        SUBMITTED: [],
        ACCEPTED: ['ACCEPTED'],
        ENGAGED: ['ACCEPTED', 'ENGAGED'],
        DECLINED: ['DECLINED'],
        WITHDRAWN: ['WITHDRAWN'],
        COMPLETED: ['ACCEPTED', 'ENGAGED', 'COMPLETED'],
        DISENGAGED: ['ACCEPTED', 'DISENGAGED'],
      }[status]!;
      const created = await refer({ familyId: other.familyId, subjectPersonId: other.fatherId, submit: status !== 'DRAFT', occurredOn: '2025-05-01' });
      const id = created.data.createReferral.id;
      for (const step of path) expect((await move(step, id, '2025-05-02')).errors).toBeUndefined();
      return id;
    };

    it.each([
      ['DRAFT', 'SUBMITTED'],
      ['DRAFT', 'WITHDRAWN'],
      ['SUBMITTED', 'WITHDRAWN'],
      ['SUBMITTED', 'ACCEPTED'],
      ['SUBMITTED', 'DECLINED'],
      ['ACCEPTED', 'ENGAGED'],
      ['ACCEPTED', 'DISENGAGED'],
      ['ENGAGED', 'COMPLETED'],
      ['ENGAGED', 'DISENGAGED'],
    ])('%s → %s is allowed, recorded by the right side, and dated', async (from, to) => {
      const id = await referralIn(from);
      const result = await move(to, id, '2025-06-01');
      expect(result.errors).toBeUndefined();
      const moved = result.data[MOVES[to].mutation];
      expect(moved.status).toBe(to);
      expect(moved.lastChangedOn).toBe('2025-06-01');
      expect(moved.statusHistory[moved.statusHistory.length - 1]).toMatchObject({ fromStatus: from, toStatus: to, occurredOn: '2025-06-01' });
    });

    it.each([
      ['SUBMITTED', 'SUBMITTED', 'A submitted referral cannot become submitted; from submitted it can only become withdrawn, accepted or declined.'],
      ['SUBMITTED', 'ENGAGED', 'A submitted referral cannot become engaged; from submitted it can only become withdrawn, accepted or declined.'],
      ['SUBMITTED', 'COMPLETED', 'A submitted referral cannot become completed; from submitted it can only become withdrawn, accepted or declined.'],
      ['ACCEPTED', 'COMPLETED', 'An accepted referral cannot become completed; from accepted it can only become engaged or disengaged.'],
      ['ACCEPTED', 'WITHDRAWN', 'An accepted referral cannot become withdrawn; from accepted it can only become engaged or disengaged.'],
      ['ENGAGED', 'ACCEPTED', 'An engaged referral cannot become accepted; from engaged it can only become completed or disengaged.'],
      ['DECLINED', 'ACCEPTED', 'A declined referral is finished and cannot change.'],
      ['WITHDRAWN', 'SUBMITTED', 'A withdrawn referral is finished and cannot change.'],
      ['COMPLETED', 'DISENGAGED', 'A completed referral is finished and cannot change.'],
      ['DISENGAGED', 'ENGAGED', 'A disengaged referral is finished and cannot change.'],
    ])('%s → %s answers CONFLICT and changes nothing', async (from, to, message) => {
      const id = await referralIn(from);
      const before = await counts();
      const result = await move(to, id, '2025-06-01');
      expect(result.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message });
      expect((await t.gql(HISTORY, { id }, { token: p.social.token })).data.referral.status).toBe(from);
      expect(await counts()).toEqual(before);
    });

    it('the receiving service never sees a draft, so cannot act on one', async () => {
      const id = await referralIn('DRAFT');
      const accepted = await move('ACCEPTED', id, '2025-06-01');
      expect(accepted.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'referralId: no referral you can see has that id.' });
    });

    it('each side records only its own changes: the referrer cannot accept, the service cannot withdraw', async () => {
      const id = await referralIn('SUBMITTED');
      const byReferrer = await t.gql(change('acceptReferral'), { input: { referralId: id, occurredOn: '2025-06-01' } }, { token: p.social.token });
      expect(byReferrer.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      const byService = await t.gql(change('withdrawReferral'), { input: { referralId: id, occurredOn: '2025-06-01' } }, { token: p.perpetratorWorker.token });
      expect(byService.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect((await t.gql(HISTORY, { id }, { token: p.social.token })).data.referral.status).toBe('SUBMITTED');
    });

    it('a change is dated: not in the future, not before the previous change', async () => {
      const id = await referralIn('SUBMITTED');
      const before = await counts();
      const future = await move('ACCEPTED', id, '2999-01-01');
      expect(future.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'occurredOn: cannot be in the future' });
      const early = await move('ACCEPTED', id, '2025-04-30');
      expect(early.errors![0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'occurredOn' }] },
        message: 'occurredOn: is before the previous change to this referral (2025-05-01)',
      });
      const notADate = await move('ACCEPTED', id, '2025-02-30');
      expect(notADate.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      const madeInFuture = await refer({ familyId: other.familyId, subjectPersonId: other.fatherId, occurredOn: '2999-01-01' });
      expect(madeInFuture.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'occurredOn: cannot be in the future' });
      expect(await counts()).toEqual(before);
    });
  });

  describe('consent and bad input', () => {
    it('without consent a lawful basis for sharing is required, and OTHER must say what it is; nothing is written otherwise', async () => {
      const before = await counts();
      const refused = await refer({ consent: 'REFUSED' });
      expect(refused.errors![0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'lawfulBasis' }] },
        message: 'lawfulBasis: consent was refused, so give the lawful basis for sharing',
      });
      const notSought = await refer({ consent: 'NOT_SOUGHT' });
      expect(notSought.errors![0].message).toBe('lawfulBasis: consent was not sought, so give the lawful basis for sharing');
      const otherWithoutNote = await refer({ consent: 'NOT_SOUGHT', lawfulBasis: 'OTHER' });
      expect(otherWithoutNote.errors![0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'lawfulBasisNote: say what the lawful basis is when it is OTHER',
      });
      const givenWithBasis = await refer({ consent: 'GIVEN', lawfulBasis: 'COURT_ORDER' });
      expect(givenWithBasis.errors![0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'lawfulBasis: is recorded only when consent was refused or not sought',
      });
      const unknownBasis = await refer({ consent: 'REFUSED', lawfulBasis: 'BECAUSE' });
      expect(unknownBasis.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(await counts()).toEqual(before);

      const safeguarding = await refer({ consent: 'REFUSED', lawfulBasis: 'SAFEGUARDING_CHILD' });
      expect(safeguarding.data.createReferral).toMatchObject({ consent: 'REFUSED', lawfulBasis: 'SAFEGUARDING_CHILD', lawfulBasisNote: null });
      const other = await refer({ consent: 'NOT_SOUGHT', lawfulBasis: 'OTHER', lawfulBasisNote: 'Information-sharing agreement, clause 4' });
      expect(other.data.createReferral).toMatchObject({
        consent: 'NOT_SOUGHT',
        lawfulBasis: 'OTHER',
        lawfulBasisNote: 'Information-sharing agreement, clause 4',
      });
    });

    it('an unknown or deactivated service, a subject outside the family, a child referred to MARAC: each named, nothing written', async () => {
      const neighbour = await aPerson(t, p.social, { givenName: 'Pat', familyName: 'Neighbour', gender: 'NOT_KNOWN', ethnicityGroup: 'NOT_STATED' });
      const closing = await aService(t, p.admin, {
        agencyId: p.providerAgencyId,
        name: `Closing programme ${randomUUID().slice(0, 6)}`,
        type: 'PERPETRATOR_PROGRAMME',
      });
      expect(
        (await t.gql(`mutation ($id: ID!) { deactivateService(id: $id) { active } }`, { id: closing }, { token: p.admin.token })).data.deactivateService.active,
      ).toBe(false);
      const before = await counts();

      const unknown = await refer({ serviceId: randomUUID() });
      expect(unknown.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'serviceId: no service has that id.' });
      const inactive = await refer({ serviceId: closing });
      expect(inactive.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'serviceId' }] } });
      expect(inactive.errors![0].message).toMatch(/^serviceId: Closing programme \w+ no longer takes referrals$/);
      const outside = await refer({ subjectPersonId: neighbour });
      expect(outside.errors![0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'subjectPersonId: Pat has never been a member of this family',
      });
      const unseen = await refer({ subjectPersonId: randomUUID() });
      expect(unseen.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'subjectPersonId: no person you can see has that id.' });
      const childToMarac = await refer({ serviceId: p.maracServiceId, subjectPersonId: family.childId, submit: true });
      expect(childToMarac.errors![0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'subjectPersonId: a MARAC referral is about an adult victim; Amara is recorded as a child',
      });
      const judgementOffMarac = await refer({ professionalJudgementReason: 'Worried' });
      expect(judgementOffMarac.errors![0].message).toBe('professionalJudgementReason: is recorded only on MARAC referrals');
      const noReason = await refer({ reason: '' });
      expect(noReason.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'reason', problems: ['must say why, in at most 4000 characters'] }],
      });
      expect(await counts()).toEqual(before);
    });

    it('a decline needs a reason code, and an eligibility decline the criterion not met; nothing is written otherwise', async () => {
      const id = (await refer({ submit: true, occurredOn: '2025-07-01' })).data.createReferral.id;
      const before = await counts();
      const noReason = await t.gql(
        change('declineReferral', 'DeclineReferralInput'),
        { input: { referralId: id, occurredOn: '2025-07-02' } },
        { token: p.perpetratorWorker.token },
      );
      expect(noReason.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(noReason.errors![0].message).toMatch(/"reason"/);
      const noCriterion = await move('DECLINED', id, '2025-07-02', { reason: 'ELIGIBILITY' });
      expect(noCriterion.errors![0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'criterion' }] },
        message: 'criterion: say which eligibility criterion was not met',
      });
      const blankCriterion = await move('DECLINED', id, '2025-07-02', { reason: 'ELIGIBILITY', criterion: '   ' });
      expect(blankCriterion.errors![0].message).toBe('criterion: say which eligibility criterion was not met');
      expect(await counts()).toEqual(before);
      expect((await t.gql(HISTORY, { id }, { token: p.social.token })).data.referral.status).toBe('SUBMITTED');
    });

    it('only a practitioner working with the family may refer from it', async () => {
      const before = await counts();
      const byWorker = await refer({}, p.perpetratorWorker);
      expect(byWorker.errors![0].extensions.code).toBe('FORBIDDEN');
      const colleague = await aUser(t, [Role.CASE_PRACTITIONER], { id: p.cscAgencyId });
      const notAllocated = await refer({}, colleague);
      expect(notAllocated.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
    });
  });

  it('the catalogue: administrators add, change and deactivate services; everyone signed in reads it; no one else manages it', async () => {
    const created = await t.gql(
      `mutation ($input: CreateServiceInput!) { createService(input: $input) { id agencyId name type eligibilityNotes acceptsSelfReferral active } }`,
      { input: { agencyId: p.providerAgencyId, name: 'Men & Masculinities', type: 'PERPETRATOR_PROGRAMME', acceptsSelfReferral: true } },
      { token: p.admin.token },
    );
    expect(created.data.createService).toMatchObject({
      name: 'Men & Masculinities',
      type: 'PERPETRATOR_PROGRAMME',
      eligibilityNotes: null,
      acceptsSelfReferral: true,
      active: true,
    });
    const id = created.data.createService.id;
    const duplicate = await t.gql(
      `mutation ($input: CreateServiceInput!) { createService(input: $input) { id } }`,
      { input: { agencyId: p.providerAgencyId, name: 'caring dads', type: 'OTHER' } },
      { token: p.admin.token },
    );
    expect(duplicate.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: 'This agency already has a service called "Caring Dads".' });
    const updated = await t.gql(
      `mutation ($input: UpdateServiceInput!) { updateService(input: $input) { eligibilityNotes } }`,
      { input: { id, eligibilityNotes: 'Men over 18' } },
      { token: p.admin.token },
    );
    expect(updated.data.updateService.eligibilityNotes).toBe('Men over 18');

    for (const user of [p.social, p.perpetratorWorker, p.coordinator]) {
      const list = await t.gql(
        `query ($agencyId: ID) { services(type: PERPETRATOR_PROGRAMME, agencyId: $agencyId) { id name } }`,
        { agencyId: p.providerAgencyId },
        { token: user.token },
      );
      expect(list.data.services.map((s: { name: string }) => s.name)).toEqual(['Caring Dads', 'Men & Masculinities']);
      const manage = await t.gql(`mutation ($id: ID!) { deactivateService(id: $id) { active } }`, { id }, { token: user.token });
      expect(manage.errors![0].extensions.code).toBe('FORBIDDEN');
    }
    await t.gql(`mutation ($id: ID!) { deactivateService(id: $id) { active } }`, { id }, { token: p.admin.token });
    const active = await t.gql(`query ($agencyId: ID) { services(agencyId: $agencyId) { name } }`, { agencyId: p.providerAgencyId }, { token: p.social.token });
    expect(active.data.services.map((s: { name: string }) => s.name)).not.toContain('Men & Masculinities');
    const all = await t.gql(
      `query ($agencyId: ID) { services(agencyId: $agencyId, includeInactive: true) { name active } }`,
      { agencyId: p.providerAgencyId },
      { token: p.social.token },
    );
    expect(all.data.services).toContainEqual({ name: 'Men & Masculinities', active: false });
    const again = await t.gql(`mutation ($id: ID!) { deactivateService(id: $id) { active } }`, { id }, { token: p.admin.token });
    expect(again.errors![0].extensions.code).toBe('CONFLICT');
  });
});
