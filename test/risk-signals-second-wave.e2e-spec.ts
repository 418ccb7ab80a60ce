import { Role } from '../libs/access/src';
import { RequestContext } from '../libs/platform/src';
import { SignalEvaluator } from '../libs/signals/src/engine/signal-evaluator.service';
import { AgencyKind } from '../libs/access/src';
import { anAgency, aPerson, aUser, SignedInUser } from './support/factories';
import { FamilyStory, jobsSettled, signalsOf, startAppWithJobs } from './support/family-story';
import { ADD_ITEM, AGREE, aMaracReferral, aMaracWithItem, MaracWorld, maracWorld, PARTICIPATION, SCHEDULE } from './support/marac';
import { aService, DASH } from './support/referral-fixtures';
import { TestApp } from './support/test-app';

const REFER = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`;
const DECLINE = `mutation ($input: DeclineReferralInput!) { declineReferral(input: $input) { id status } }`;
const CANCEL_ACTION = `mutation ($input: CloseActionInput!) { cancelAction(input: $input) { id status } }`;
const COMPLETE_ACTION = `mutation ($input: CloseActionInput!) { completeAction(input: $input) { id status } }`;
const ADD_MEMBER = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { id } }`;

/**
 * The second-wave signals (referrals, meetings, actions, participation, assessments) at their edges,
 * evaluated as of chosen dates so the edges do not drift; then the same records re-evaluating the
 * family through the queue; then who sees them.
 */
describe('Risk signals from referrals, meetings and plans', () => {
  let t: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    t = await startAppWithJobs();
    admin = await aUser(t, [Role.ADMIN]);
  });
  afterAll(() => t.close());

  const run = async (by: SignedInUser, query: string, input: Record<string, unknown>): Promise<any> => {
    const result = await t.gql(query, { input }, { token: by.token });
    if (result.errors) throw new Error(`${query.slice(0, 50)}…: ${JSON.stringify(result.errors)}`);
    return result.data;
  };

  /** Re-evaluates one family as of a date (after the queue has settled, so nothing overwrites it) and returns its live signals of a kind. */
  const liveAsOf = async (w: MaracWorld, asOf: string, kind: string): Promise<any[]> => {
    await jobsSettled(t);
    await t.app.get(SignalEvaluator).evaluate(RequestContext.system('test'), { familyIds: [w.familyId], asOf });
    return await signalsOf(t, w.social, w.familyId, { kinds: [kind], states: ['OPEN', 'ACKNOWLEDGED'] });
  };

  const live = async (w: MaracWorld, kind: string, by = w.social): Promise<any[]> => {
    await jobsSettled(t);
    return signalsOf(t, by, w.familyId, { kinds: [kind], states: ['OPEN', 'ACKNOWLEDGED'] });
  };

  /** Conferences, reviews and strategy meetings are run by children's social care, which leads the family (listing needs a basis). */
  const cscCoordinators = new Map<MaracWorld, SignedInUser>();
  const cscCoordinator = async (w: MaracWorld): Promise<SignedInUser> => {
    if (!cscCoordinators.has(w)) cscCoordinators.set(w, await aUser(t, [Role.MARAC_COORDINATOR], w.agencies.csc));
    return cscCoordinators.get(w)!;
  };

  async function aMeeting(
    w: MaracWorld,
    type: string,
    day: string,
    people: Array<{ personId: string; scopeRole: string }>,
  ): Promise<{ meetingId: string; itemId: string }> {
    const { agencies } = w;
    const coordinator = await cscCoordinator(w);
    const meetingId = (
      await run(coordinator, SCHEDULE, {
        type,
        title: `${type} ${day}`,
        startsAt: `${day}T09:30:00Z`,
        chairUserId: w.chair.id,
        invitedAgencyIds: [agencies.police.id, agencies.csc.id, agencies.idvaService.id, agencies.programme.id, agencies.health.id],
      })
    ).scheduleMeeting.id;
    const itemId = (await run(coordinator, ADD_ITEM, { meetingId, familyId: w.familyId, reasonForListing: 'Review of the plan', people })).addAgendaItem.id;
    return { meetingId, itemId };
  }

  describe('at their edges, as of given dates', () => {
    let w: MaracWorld;
    let kaiId: string, joyId: string;
    let m1: { meetingId: string; itemId: string }, m2: { meetingId: string; itemId: string };
    let caringDads: string, otherProgramme: string, mentalHealth: string;

    beforeAll(async () => {
      w = await maracWorld(t);
      // Kai turns 5 the day after the second meeting; Amara is 5 at both.
      kaiId = await aPerson(t, w.social, { givenName: 'Kai', familyName: 'Okafor-Brown', gender: 'MALE', ethnicityGroup: 'MIXED', dateOfBirth: '2020-03-12' });
      joyId = await aPerson(t, w.social, { givenName: 'Joy', familyName: 'Okafor', gender: 'FEMALE', ethnicityGroup: 'BLACK', dateOfBirth: '1960-01-01' });
      await run(w.social, ADD_MEMBER, { familyId: w.familyId, personId: kaiId, kind: 'CHILD', joinedOn: '2020-03-12' });
      await run(w.social, ADD_MEMBER, { familyId: w.familyId, personId: joyId, kind: 'ADULT', joinedOn: '2020-03-12' });
      await run(w.social, `mutation ($input: RecordHarmRelationshipInput!) { recordHarmRelationship(input: $input) { id } }`, {
        familyId: w.familyId,
        personCausingHarmId: w.danId,
        personHarmedId: w.graceId,
        forms: ['PHYSICAL'],
        disclosure: 'DISCLOSED',
        recordedOn: '2024-09-01',
      });
      const people = [
        { personId: w.graceId, scopeRole: 'ADULT_VICTIM' },
        { personId: w.danId, scopeRole: 'PERSON_CAUSING_HARM' },
        { personId: w.amaraId, scopeRole: 'CHILD' },
        { personId: kaiId, scopeRole: 'CHILD' },
        { personId: joyId, scopeRole: 'OTHER_ADULT' },
      ];
      m1 = await aMeeting(w, 'STRATEGY_MEETING', '2025-03-04', people);
      m2 = await aMeeting(w, 'CP_REVIEW_CONFERENCE', '2025-03-11', people);
      caringDads = await aService(t, admin, {
        agencyId: w.agencies.programme.id,
        name: `Caring Dads ${w.familyId.slice(0, 6)}`,
        type: 'PERPETRATOR_PROGRAMME',
      });
      otherProgramme = await aService(t, admin, {
        agencyId: w.agencies.programme.id,
        name: `Respect ${w.familyId.slice(0, 6)}`,
        type: 'PERPETRATOR_PROGRAMME',
      });
      mentalHealth = await aService(t, admin, {
        agencyId: w.agencies.health.id,
        name: `Talking Therapies ${w.familyId.slice(0, 6)}`,
        type: 'ADULT_MENTAL_HEALTH',
      });
    });

    const participation = (itemId: string, amaraView: string, graceTookPart = true) =>
      run(w.chair, PARTICIPATION, {
        agendaItemId: itemId,
        entries: [
          { personId: w.graceId, participation: graceTookPart ? 'ATTENDED' : 'INVITED_DECLINED', interpreterProvided: graceTookPart },
          { personId: w.danId, participation: 'INVITED_DECLINED' },
          { personId: w.amaraId, participation: 'NOT_INVITED', childView: amaraView },
          { personId: kaiId, participation: 'NOT_INVITED', childView: 'NOT_RECORDED' },
          { personId: joyId, participation: 'NOT_INVITED' },
        ],
      });

    it('interpreter gap: raised for the latest meeting without one, HIGH when it happened twice in the year', async () => {
      const [single] = await liveAsOf(w, '2025-03-05', 'INTERPRETER_GAP');
      expect(single).toMatchObject({ severity: 'MEDIUM', people: [{ givenName: 'Grace' }] });
      expect(single.explanation).toBe('Grace needs an interpreter but none was recorded at the strategy meeting on 4 March 2025.');
      const [twice] = await liveAsOf(w, '2025-03-12', 'INTERPRETER_GAP');
      expect(twice.severity).toBe('HIGH');
      expect(twice.explanation).toBe(
        'Grace needs an interpreter but none was recorded at the CP review conference on 11 March 2025; 2 meetings without one in the last 12 months.',
      );
    });

    it('family not heard: judged only once there are two meetings; nobody taking part at both is HIGH', async () => {
      expect(await liveAsOf(w, '2025-03-05', 'FAMILY_NOT_HEARD')).toEqual([]);
      const [signal] = await liveAsOf(w, '2025-03-12', 'FAMILY_NOT_HEARD');
      expect(signal.severity).toBe('HIGH');
      expect(signal.explanation).toBe(
        'The family was not heard at the last 2 meetings about them (4 March 2025 and 11 March 2025); nobody in the family took part on 4 March 2025 and 11 March 2025; no view was recorded for Amara, aged 5 or over.',
      );
      expect(signal.evidence.map((e: any) => [e.type, e.id])).toEqual([
        ['Meeting', m1.meetingId],
        ['Meeting', m2.meetingId],
      ]);
    });

    it('the mother heard with an interpreter: the gap resolves; a child of 5 without a view is still raised, a child of 4 is not', async () => {
      await participation(m1.itemId, 'NOT_RECORDED');
      await participation(m2.itemId, 'NOT_RECORDED');
      expect(await liveAsOf(w, '2025-03-12', 'INTERPRETER_GAP')).toEqual([]);
      const [signal] = await liveAsOf(w, '2025-03-12', 'FAMILY_NOT_HEARD');
      expect(signal.severity).toBe('MEDIUM');
      expect(signal.people.map((p: any) => p.givenName)).toEqual(['Amara']);
      expect(signal.explanation).toBe(
        'The family was not heard at the last 2 meetings about them (4 March 2025 and 11 March 2025); no view was recorded for Amara, aged 5 or over.',
      );
    });

    it("Amara's view recorded at the latest meeting: the family was heard there, so the signal resolves", async () => {
      await participation(m2.itemId, 'DIRECT_WORK');
      expect(await liveAsOf(w, '2025-03-12', 'FAMILY_NOT_HEARD')).toEqual([]);
    });

    it('responsibility on the victim: 3 of 4 adult actions (75%) on Grace is raised, 2 of 3 (66%) is not', async () => {
      const agree = (subjectPersonId: string, dueOn: string, description: string) =>
        run(w.chair, AGREE, {
          agendaItemId: m1.itemId,
          description,
          owningAgencyId: w.agencies.idvaService.id,
          externalOwnerName: 'IDVA duty team',
          subjectPersonId,
          dueOn,
        });
      const safety = (await agree(w.graceId, '2025-03-18', 'Update the safety plan')).agreeAction.id;
      await agree(w.graceId, '2025-03-18', 'Apply for a non-molestation order');
      await agree(w.graceId, '2025-03-20', 'Attend the freedom programme');
      await agree(joyId, '2025-03-25', 'Offer respite care');
      await agree(w.amaraId, '2025-04-30', 'Direct work with Amara'); // a child: not part of the adults' share
      const [signal] = await liveAsOf(w, '2025-03-12', 'RESPONSIBILITY_ON_VICTIM');
      expect(signal.severity).toBe('MEDIUM');
      expect(signal.explanation).toBe("3 of the 4 open actions about adults in the family's plan (75%) fall on Grace; none is about the person causing harm.");
      expect(signal.evidence).toHaveLength(3);
      await run(await cscCoordinator(w), CANCEL_ACTION, { actionId: safety, completedOn: '2025-03-12', note: 'Done at the meeting' });
      expect(await liveAsOf(w, '2025-03-13', 'RESPONSIBILITY_ON_VICTIM')).toEqual([]);
      // Still raised as the plan stood the day before the cancellation.
      expect(await liveAsOf(w, '2025-03-11', 'RESPONSIBILITY_ON_VICTIM')).toHaveLength(1);
    });

    it('overdue actions: none on the due date, raised the day after, HIGH with three', async () => {
      expect(await liveAsOf(w, '2025-03-18', 'OVERDUE_ACTIONS')).toEqual([]);
      const [one] = await liveAsOf(w, '2025-03-19', 'OVERDUE_ACTIONS');
      expect(one).toMatchObject({ severity: 'LOW' });
      expect(one.explanation).toBe(
        '1 action agreed at meetings about this family is overdue while the case is open; the oldest was due on 18 March 2025 (1 day ago).',
      );
      const [three] = await liveAsOf(w, '2025-03-26', 'OVERDUE_ACTIONS');
      expect(three.severity).toBe('HIGH');
      expect(three.evidence).toHaveLength(3);
    });

    let referralId: string;
    it('the person causing harm not engaged: raised with no referral, meeting part or co-work; a perpetrator programme referral engages him', async () => {
      const [signal] = await liveAsOf(w, '2025-03-10', 'PERSON_CAUSING_HARM_NOT_ENGAGED');
      expect(signal).toMatchObject({ severity: 'HIGH', people: [{ givenName: 'Dan' }] });
      expect(signal.explanation).toBe(
        'Dan, recorded as causing harm, has not been engaged in the last 6 months: no referral to a behaviour-change programme (a declined or withdrawn one does not count), no part in a meeting, no programme session attended, no contact with a DVA specialist, and no practitioner has seen him; a child in the family is on a child protection plan.',
      );
      referralId = (
        await run(w.social, REFER, {
          familyId: w.familyId,
          subjectPersonId: w.danId,
          serviceId: caringDads,
          reason: 'Agreed at the conference',
          consent: 'GIVEN',
          occurredOn: '2025-03-11',
          submit: true,
          meetingId: m2.meetingId,
        })
      ).createReferral.id;
      expect(await liveAsOf(w, '2025-03-12', 'PERSON_CAUSING_HARM_NOT_ENGAGED')).toEqual([]);
      // Six months later with nothing since, he is not engaged again.
      expect(await liveAsOf(w, '2025-09-12', 'PERSON_CAUSING_HARM_NOT_ENGAGED')).toHaveLength(1);
    });

    it('a referral from a meeting with no feedback: not at 27 days, raised at 28', async () => {
      expect(await liveAsOf(w, '2025-04-07', 'REFERRAL_NO_FEEDBACK')).toEqual([]);
      const [signal] = await liveAsOf(w, '2025-04-08', 'REFERRAL_NO_FEEDBACK');
      expect(signal).toMatchObject({ severity: 'MEDIUM', people: [{ givenName: 'Dan' }] });
      expect(signal.explanation).toBe(
        'The referral of Dan to perpetrator programme agreed at the CP review conference on 11 March 2025 has been submitted since 11 March 2025; no feedback for 28 days.',
      );
    });

    it('declined on eligibility: raised once 28 days pass with no alternative, resolved by an alternative within them', async () => {
      await run(w.perpetratorWorker, DECLINE, { referralId, occurredOn: '2025-04-01', reason: 'ELIGIBILITY', criterion: 'Does not accept responsibility' });
      // A declined referral engages no one: from the decline, he is not engaged again.
      expect(await liveAsOf(w, '2025-03-31', 'PERSON_CAUSING_HARM_NOT_ENGAGED')).toEqual([]);
      expect(await liveAsOf(w, '2025-04-01', 'PERSON_CAUSING_HARM_NOT_ENGAGED')).toHaveLength(1);
      expect(await liveAsOf(w, '2025-04-29', 'REFERRAL_DECLINED_ELIGIBILITY')).toEqual([]);
      expect(await liveAsOf(w, '2025-04-29', 'REFERRAL_NO_FEEDBACK')).toEqual([]);
      const [signal] = await liveAsOf(w, '2025-04-30', 'REFERRAL_DECLINED_ELIGIBILITY');
      expect(signal).toMatchObject({ severity: 'HIGH', people: [{ givenName: 'Dan' }] });
      expect(signal.explanation).toBe(
        'The referral of Dan to perpetrator programme was declined on eligibility on 1 April 2025; no other perpetrator programme referral followed within 28 days.',
      );
      await run(w.social, REFER, {
        familyId: w.familyId,
        subjectPersonId: w.danId,
        serviceId: otherProgramme,
        reason: 'Alternative programme',
        consent: 'GIVEN',
        occurredOn: '2025-04-20',
        submit: true,
      });
      expect(await liveAsOf(w, '2025-04-30', 'REFERRAL_DECLINED_ELIGIBILITY')).toEqual([]);
    });

    it('unmet co-occurring need: abuse and parental mental health at the latest assessment, until an adult is referred', async () => {
      await run(w.social, `mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`, {
        familyId: w.familyId,
        childId: w.amaraId,
        assessedOn: '2025-03-01',
        factors: ['F3A', 'F4B'],
        primaryNeed: 'N1',
        outcome: 'CP',
      });
      const [signal] = await liveAsOf(w, '2025-03-05', 'UNMET_COOCCURRING_NEED');
      expect(signal).toMatchObject({ severity: 'MEDIUM', people: [{ givenName: 'Amara' }] });
      expect(signal.explanation).toBe(
        "Amara's assessment on 1 March 2025 recorded domestic abuse alongside parental mental health; no adult in the family has been referred to adult mental health services since.",
      );
      await run(w.social, REFER, {
        familyId: w.familyId,
        subjectPersonId: w.graceId,
        serviceId: mentalHealth,
        reason: 'Low mood',
        consent: 'GIVEN',
        occurredOn: '2025-03-06',
        submit: true,
      });
      expect(await liveAsOf(w, '2025-03-05', 'UNMET_COOCCURRING_NEED')).toHaveLength(1);
      expect(await liveAsOf(w, '2025-03-07', 'UNMET_COOCCURRING_NEED')).toEqual([]);
    });

    it('revolving door: a repeat MARAC referral for the adult victim within 12 months', async () => {
      await aMaracReferral(t, w, w.social, w.familyId, w.graceId, '2025-03-04');
      expect(await liveAsOf(w, '2025-03-05', 'REVOLVING_DOOR')).toEqual([]);
      await aMaracReferral(t, w, w.social, w.familyId, w.graceId, '2025-06-01');
      const [signal] = await liveAsOf(w, '2025-06-02', 'REVOLVING_DOOR');
      expect(signal).toMatchObject({ severity: 'MEDIUM', people: [{ givenName: 'Grace' }] });
      expect(signal.explanation).toBe('Grace has had 1 repeat MARAC referral in the last 12 months, most recently on 1 June 2025.');
    });
  });

  describe('the first-wave signals, finished', () => {
    let w: MaracWorld;
    let story: FamilyStory;
    let ewa: string, liam: string, zofia: string;
    let cscService: string;

    const liveFor = async (asOf: string, kind: string) => {
      await jobsSettled(t);
      await t.app.get(SignalEvaluator).evaluate(RequestContext.system('test'), { familyIds: [story.familyId], asOf });
      return signalsOf(t, w.social, story.familyId, { kinds: [kind], states: ['OPEN', 'ACKNOWLEDGED'] });
    };

    beforeAll(async () => {
      w = await maracWorld(t);
      story = await FamilyStory.begin(t, w.social, 'Nowak family');
      ewa = await story.member('Ewa', 'ADULT', '2016-01-01');
      liam = await story.member('Liam', 'ADULT', '2016-01-01');
      zofia = await story.member('Zofia', 'CHILD', '2019-05-05');
      const couple = await story.relationship(liam, ewa, 'PARTNER', '2016-01-01');
      const episode = await story.openEpisode(zofia, 'CIN', '2024-01-01');
      await story.separate(couple, '2024-05-01', liam);
      await story.close(episode, '2024-05-20');
      cscService = await aService(t, admin, { agencyId: w.agencies.csc.id, name: `Front door ${story.familyId.slice(0, 6)}`, type: 'CHILDRENS_SOCIAL_CARE' });
    });

    const dash = (assessedOn: string, yes: number, judgement: string) =>
      run(w.social, `mutation ($input: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $input) { id } }`, {
        familyId: story.familyId,
        victimPersonId: ewa,
        personCausingHarmId: liam,
        assessedOn,
        answers: DASH(yes),
        judgement,
      });

    it('post-separation closure: a last DASH of 13 before the closure does not aggravate it, 14 does', async () => {
      await dash('2024-05-10', 13, 'MEDIUM');
      expect(await liveFor('2024-06-01', 'POST_SEPARATION_CLOSURE')).toEqual([]);
      await dash('2024-05-15', 14, 'MEDIUM');
      const [signal] = await liveFor('2024-06-01', 'POST_SEPARATION_CLOSURE');
      expect(signal.severity).toBe('MEDIUM');
      expect(signal.explanation).toBe(
        "Zofia's case was closed 19 days after Liam and Ewa's separation was recorded on 1 May 2024; last DASH score 14 on 15 May 2024; no post-separation review is recorded.",
      );
      expect(signal.evidence.map((e: any) => [e.type, e.label])).toContainEqual(['RiskAssessment', 'DASH score 14, judged MEDIUM']);
    });

    it('reconciliation after closure: an incident involving both within 6 months', async () => {
      expect(await liveFor('2024-08-02', 'RECONCILIATION_AFTER_CLOSURE')).toEqual([]);
      await run(w.social, `mutation ($input: RecordIncidentInput!) { recordIncident(input: $input) { id } }`, {
        familyId: story.familyId,
        occurredOn: '2024-08-01',
        reportingAgencyId: w.agencies.police.id,
        kind: 'POLICE_DA_NOTIFICATION',
        description: 'Neighbours called police',
        people: [
          { personId: ewa, role: 'ADULT_VICTIM' },
          { personId: liam, role: 'PERSON_CAUSING_HARM' },
        ],
      });
      const [signal] = await liveFor('2024-08-02', 'RECONCILIATION_AFTER_CLOSURE');
      expect(signal.explanation).toBe(
        "An incident involving Liam and Ewa was reported on 1 August 2024, 2 months after Zofia's case was closed on 20 May 2024 following their separation on 1 May 2024.",
      );
      expect(signal.evidence.map((e: any) => e.type)).toEqual(['CoupleStatusEvent', 'Episode', 'Incident']);
    });

    it("revolving door: one re-referral to children's social care is not raised, two within 12 months are", async () => {
      const refer = (occurredOn: string) =>
        run(w.social, REFER, {
          familyId: story.familyId,
          subjectPersonId: zofia,
          serviceId: cscService,
          reason: 'Concerns at school',
          consent: 'GIVEN',
          occurredOn,
          submit: true,
        });
      await refer('2024-01-10');
      await refer('2024-04-10');
      expect(await liveFor('2024-04-11', 'REVOLVING_DOOR')).toEqual([]);
      await refer('2024-09-10');
      const [signal] = await liveFor('2024-09-11', 'REVOLVING_DOOR');
      expect(signal).toMatchObject({ severity: 'MEDIUM', people: [{ givenName: 'Zofia' }] });
      expect(signal.explanation).toBe(
        "Zofia has been re-referred to children's social care 2 times in the last 12 months, most recently on 10 September 2024.",
      );
    });
  });

  describe('re-evaluated through the queue when the records change', () => {
    let w: MaracWorld;
    let marac: { meetingId: string; itemId: string };

    beforeAll(async () => {
      w = await maracWorld(t);
      marac = await aMaracWithItem(t, w);
    });

    it('listing the family raises an interpreter gap; recording participation with one resolves it; cancelling a later meeting falls back', async () => {
      expect(await live(w, 'INTERPRETER_GAP')).toHaveLength(1);
      await run(w.chair, PARTICIPATION, {
        agendaItemId: marac.itemId,
        entries: [
          { personId: w.graceId, participation: 'ATTENDED', interpreterProvided: true },
          { personId: w.danId, participation: 'NOT_INVITED' },
          { personId: w.amaraId, participation: 'NOT_INVITED', childView: 'VIA_ADVOCATE' },
        ],
      });
      expect(await live(w, 'INTERPRETER_GAP')).toEqual([]);
      const later = await aMeeting(w, 'STRATEGY_MEETING', '2025-05-01', [{ personId: w.graceId, scopeRole: 'ADULT_VICTIM' }]);
      expect(await live(w, 'INTERPRETER_GAP')).toHaveLength(1);
      await run(await cscCoordinator(w), `mutation ($input: CancelMeetingInput!) { cancelMeeting(input: $input) { status } }`, {
        meetingId: later.meetingId,
        reason: 'Chair unavailable',
      });
      expect(await live(w, 'INTERPRETER_GAP')).toEqual([]);
    });

    it('a referral made at the meeting goes silent; declining it on eligibility replaces that with the decline', async () => {
      const programme = await aService(t, admin, {
        agencyId: w.agencies.programme.id,
        name: `Caring Dads ${w.familyId.slice(0, 6)}`,
        type: 'PERPETRATOR_PROGRAMME',
      });
      const referralId = (
        await run(w.social, REFER, {
          familyId: w.familyId,
          subjectPersonId: w.danId,
          serviceId: programme,
          reason: 'Agreed at MARAC',
          consent: 'GIVEN',
          occurredOn: '2025-03-04',
          submit: true,
          meetingId: marac.meetingId,
        })
      ).createReferral.id;
      expect(await live(w, 'REFERRAL_NO_FEEDBACK')).toMatchObject([{ severity: 'HIGH' }]);
      await run(w.perpetratorWorker, DECLINE, { referralId, occurredOn: '2025-03-20', reason: 'ELIGIBILITY', criterion: 'Not a father of a child under 16' });
      expect(await live(w, 'REFERRAL_NO_FEEDBACK')).toEqual([]);
      expect(await live(w, 'REFERRAL_DECLINED_ELIGIBILITY')).toHaveLength(1);
    });

    it('an action agreed and left past its date is overdue; completing it resolves that', async () => {
      const actionId = (
        await run(w.chair, AGREE, {
          agendaItemId: marac.itemId,
          description: 'Update the safety plan',
          owningAgencyId: w.agencies.idvaService.id,
          externalOwnerName: 'IDVA duty team',
          subjectPersonId: w.graceId,
          dueOn: '2025-03-18',
        })
      ).agreeAction.id;
      expect(await live(w, 'OVERDUE_ACTIONS')).toHaveLength(1);
      await run(w.coordinator, COMPLETE_ACTION, { actionId, completedOn: '2025-03-25', note: 'Safety plan updated' });
      expect(await live(w, 'OVERDUE_ACTIONS')).toEqual([]);
    });

    it("the MARAC's coordinator and chair, and a DVA specialist once co-working, see the family's signals; the perpetrator worker sees none", async () => {
      const own = await live(w, 'REFERRAL_DECLINED_ELIGIBILITY');
      expect(await live(w, 'REFERRAL_DECLINED_ELIGIBILITY', w.coordinator)).toEqual([expect.objectContaining({ id: own[0].id })]);
      expect(await live(w, 'REFERRAL_DECLINED_ELIGIBILITY', w.chair)).toEqual([expect.objectContaining({ id: own[0].id })]);
      const specialist = await aUser(t, [Role.DVA_SPECIALIST], await anAgency(t, AgencyKind.SPECIALIST_DVA_SERVICE));
      expect(await live(w, 'REFERRAL_DECLINED_ELIGIBILITY', specialist)).toEqual([]);
      await run(w.social, `mutation ($input: StartCoworkInput!) { startCowork(input: $input) { id } }`, {
        familyId: w.familyId,
        specialistUserId: specialist.id,
        startedOn: '2025-03-01',
        reason: 'Safety planning with Grace',
      });
      expect(await live(w, 'REFERRAL_DECLINED_ELIGIBILITY', specialist)).toEqual([expect.objectContaining({ id: own[0].id })]);
      const refused = await t.gql(
        `query ($filter: RiskSignalFilter) { riskSignals(filter: $filter) { nodes { id } } }`,
        { filter: { familyId: w.familyId } },
        { token: w.perpetratorWorker.token },
      );
      expect(refused.errors![0].extensions.code).toBe('FORBIDDEN');
    });
  });
  describe("a practitioner's own contact with the person causing harm", () => {
    const CONTACT = `mutation ($input: RecordPractitionerContactInput!) { recordPractitionerContact(input: $input) { id kind outcome occurredOn } }`;
    const KIND = 'PERSON_CAUSING_HARM_NOT_ENGAGED';
    let v: MaracWorld;
    const contact = (outcome: string, occurredOn: string, kind = 'HOME_VISIT', by = v.social, personCausingHarmId = v.danId) =>
      t.gql(CONTACT, { input: { familyId: v.familyId, personCausingHarmId, kind, outcome, occurredOn } }, { token: by.token });
    const contactsRecorded = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM practitioner_contact WHERE family_id = $1`, [v.familyId]))[0].n;

    beforeAll(async () => {
      v = await maracWorld(t);
      await run(v.social, `mutation ($input: RecordHarmRelationshipInput!) { recordHarmRelationship(input: $input) { id } }`, {
        familyId: v.familyId,
        personCausingHarmId: v.danId,
        personHarmedId: v.graceId,
        forms: ['COERCIVE_CONTROL'],
        disclosure: 'DISCLOSED',
        recordedOn: '2024-09-01',
      });
    });

    it('a home visit where the social worker saw him engages him, and re-evaluates the family through the queue', async () => {
      expect(await live(v, KIND)).toHaveLength(1);
      const today = new Date().toISOString().slice(0, 10);
      const recorded = await contact('SEEN', today);
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data.recordPractitionerContact).toMatchObject({ kind: 'HOME_VISIT', outcome: 'SEEN', occurredOn: today });
      expect(await live(v, KIND)).toEqual([]);
      const family = await t.gql(
        `query ($id: ID!) { family(id: $id) { practitionerContacts { outcome occurredOn } timeline(first: 3, kinds: [PRACTITIONER_CONTACT]) { nodes { summary } } } }`,
        { id: v.familyId },
        { token: v.social.token },
      );
      expect(family.data.family.practitionerContacts).toEqual([{ outcome: 'SEEN', occurredOn: today }]);
      expect(family.data.family.timeline.nodes).toEqual([{ summary: 'Home visit with Dan: seen.' }]);
    });

    it('counts only when he was seen, for six months', async () => {
      expect(await liveAsOf(v, '2025-01-10', KIND)).toHaveLength(1);
      await run(v.social, CONTACT, { familyId: v.familyId, personCausingHarmId: v.danId, kind: 'HOME_VISIT', outcome: 'NOT_SEEN', occurredOn: '2025-01-05' });
      await run(v.social, CONTACT, {
        familyId: v.familyId,
        personCausingHarmId: v.danId,
        kind: 'DIRECT_WORK_SESSION',
        outcome: 'REFUSED',
        occurredOn: '2025-01-06',
      });
      expect(await liveAsOf(v, '2025-01-10', KIND)).toHaveLength(1);
      await run(v.social, CONTACT, {
        familyId: v.familyId,
        personCausingHarmId: v.danId,
        kind: 'OFFICE_APPOINTMENT',
        outcome: 'SEEN',
        occurredOn: '2025-01-08',
      });
      expect(await liveAsOf(v, '2025-01-10', KIND)).toEqual([]);
      expect(await liveAsOf(v, '2025-07-08', KIND)).toEqual([]);
      expect(await liveAsOf(v, '2025-07-09', KIND)).toHaveLength(1);
    });

    it('refuses a contact in the future, with someone not recorded as causing harm, or from someone who does not work with the family; nothing is written', async () => {
      const before = await contactsRecorded();
      const future = await contact('SEEN', '2999-01-01');
      expect(future.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'occurredOn: cannot be in the future' });
      const notHarming = await contact('SEEN', '2025-02-01', 'HOME_VISIT', v.social, v.graceId);
      expect(notHarming.errors![0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: 'personCausingHarmId: Grace is not recorded as causing harm in this family; record the harm first',
      });
      const outsider = await contact('SEEN', '2025-02-01', 'HOME_VISIT', v.healthRep);
      expect(outsider.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(await contactsRecorded()).toBe(before);
    });
  });
});
