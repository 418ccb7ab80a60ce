import { AgencyKind, Role } from '../../libs/access/src';
import { anAgency, aUser, SignedInUser } from './factories';
import { aService, DASH } from './referral-fixtures';
import { FamilyStory } from './family-story';
import { TestApp } from './test-app';

// Random family histories, written through the API, for the signal tests that compare two ways of
// evaluating: every kind of record a signal reads occurs, at random dates and in random orders.

/** A small seeded PRNG (mulberry32), so a failing history can be replayed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof prng>;

const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
const LEVELS = ['UNIVERSAL', 'EARLY_HELP', 'CIN', 'CP_PLAN', 'LAC'];

/** The partnership around the random families: who meets, refers, responds and co-works, and the services. */
export interface World {
  social: SignedInUser;
  coordinator: SignedInUser;
  chair: SignedInUser;
  perpetratorWorker: SignedInUser;
  specialist: SignedInUser;
  agencies: { csc: string; police: string; idva: string; programme: string };
  services: { PERPETRATOR_PROGRAMME: string; ADULT_MENTAL_HEALTH: string; SUBSTANCE_MISUSE: string; CHILDRENS_SOCIAL_CARE: string; MARAC: string };
}

export async function aWorld(t: TestApp): Promise<World> {
  const admin = await aUser(t, [Role.ADMIN]);
  const area = `Random ${Date.now()}`;
  const csc = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE, `${area} CSC`);
  const police = await anAgency(t, AgencyKind.POLICE, `${area} Police`);
  const idva = await anAgency(t, AgencyKind.IDVA_SERVICE, `${area} IDVA`);
  const programme = await anAgency(t, AgencyKind.PERPETRATOR_PROGRAMME_PROVIDER, `${area} Programme`);
  const dva = await anAgency(t, AgencyKind.SPECIALIST_DVA_SERVICE, `${area} Women's Aid`);
  const service = (agencyId: string, type: string) => aService(t, admin, { agencyId, name: `${area} ${type}`, type });
  return {
    social: await aUser(t, [Role.CASE_PRACTITIONER], csc),
    // Conferences, CIN reviews and strategy meetings are organised by children's social care, which leads these families.
    coordinator: await aUser(t, [Role.MARAC_COORDINATOR], csc),
    chair: await aUser(t, [Role.MEETING_CHAIR], police),
    perpetratorWorker: await aUser(t, [Role.PERPETRATOR_WORKER], programme),
    specialist: await aUser(t, [Role.DVA_SPECIALIST], dva),
    agencies: { csc: csc.id, police: police.id, idva: idva.id, programme: programme.id },
    services: {
      PERPETRATOR_PROGRAMME: await service(programme.id, 'PERPETRATOR_PROGRAMME'),
      ADULT_MENTAL_HEALTH: await service(programme.id, 'ADULT_MENTAL_HEALTH'),
      SUBSTANCE_MISUSE: await service(programme.id, 'SUBSTANCE_MISUSE'),
      CHILDRENS_SOCIAL_CARE: await service(csc.id, 'CHILDRENS_SOCIAL_CARE'),
      MARAC: await service(idva.id, 'MARAC'),
    },
  };
}

/** A plausible random history for one family, written through the API (every step is a valid change). */
export async function randomFamily(t: TestApp, w: World, rng: Rng, n: number): Promise<string> {
  const by = w.social;
  const story = await FamilyStory.begin(t, by, `Generated family ${n}`);
  const as = async (user: SignedInUser, query: string, input: Record<string, unknown>): Promise<any> => {
    const result = await t.gql(query, { input }, { token: user.token });
    if (result.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const base = addDays('2019-01-01', rng.int(0, 300));
  const motherNeedsInterpreter = rng.chance(0.4);
  const mother = await story.member(`Mother${n}`, 'ADULT', addDays(base, -700), '1985-01-01', { interpreterNeeded: motherNeedsInterpreter });
  const father = await story.member(`Father${n}`, 'ADULT', addDays(base, -700));
  const children: string[] = [];
  for (let i = rng.int(1, 3); i > 0; i--) children.push(await story.member(`Child${n}${i}`, 'CHILD', addDays(base, -rng.int(30, 2500))));
  const couple = await story.relationship(father, mother, 'PARTNER', addDays(base, -600));
  const grandmother = rng.chance(0.6) ? await story.member(`Nan${n}`, 'ADULT', addDays(base, -700), '1955-05-05') : null;
  if (grandmother) await story.relationship(grandmother, father, 'MOTHER');
  const harm = rng.chance(0.75);
  if (harm) await story.harm(father, mother, addDays(base, rng.int(-200, 400)), rng.pick(['DISCLOSED', 'DISCLOSED', 'SUSPECTED_NOT_DISCLOSED']));

  let coupleStatus = 'TOGETHER';
  const episodes = new Map<string, { id: string; level: number }>();
  const contacts = new Set<string>();
  const placements = new Map<string, string>();
  const referrals: Array<{ id: string; type: string; status: string }> = [];
  const meetings: string[] = [];
  const openActions: string[] = [];
  const coworking = rng.chance(0.4);
  if (coworking)
    await as(by, `mutation ($input: StartCoworkInput!) { startCowork(input: $input) { id } }`, {
      familyId: story.familyId,
      specialistUserId: w.specialist.id,
      startedOn: base,
      reason: 'Safety planning',
    });
  let date = base;
  let child = children[0];
  for (let step = 0; step < 26; step++) {
    date = addDays(date, rng.int(1, 60));
    child = rng.pick(children);
    const roll = rng.next();
    // Episodes, the couple, contact and placements as before; then referrals, incidents and
    // assessments, meetings (participation, actions), and co-work.
    if (roll < 0.58) await familyStep(roll / 0.58);
    else if (roll < 0.72) await referralStep();
    else if (roll < 0.8) await incidentStep();
    else if (roll < 0.93) await meetingStep();
    else if (coworking) {
      await as(w.specialist, `mutation ($input: LogCoworkEntryInput!) { logCoworkEntry(input: $input) { id } }`, {
        familyId: story.familyId,
        occurredOn: date,
        kind: rng.pick(['WORK_WITH_PERSON_CAUSING_HARM', 'SAFETY_PLANNING']),
        durationMinutes: 60,
        personSeenIds: [rng.pick([father, mother])],
      });
    }
  }
  return story.familyId;

  async function referralStep() {
    const pending = referrals.find((r) => r.type === 'PERPETRATOR_PROGRAMME' && r.status === 'SUBMITTED');
    if (pending && rng.chance(0.6)) {
      const decline = rng.chance(0.6);
      const mutation = decline ? 'declineReferral' : 'acceptReferral';
      await as(w.perpetratorWorker, `mutation ($input: ${decline ? 'DeclineReferralInput' : 'ChangeReferralInput'}!) { ${mutation}(input: $input) { id } }`, {
        referralId: pending.id,
        occurredOn: date,
        ...(decline ? { reason: rng.pick(['ELIGIBILITY', 'ELIGIBILITY', 'CAPACITY']), criterion: 'Not eligible' } : {}),
      });
      pending.status = decline ? 'DECLINED' : 'ACCEPTED';
      return;
    }
    const type = rng.pick([
      'PERPETRATOR_PROGRAMME',
      'PERPETRATOR_PROGRAMME',
      'ADULT_MENTAL_HEALTH',
      'SUBSTANCE_MISUSE',
      'CHILDRENS_SOCIAL_CARE',
      'CHILDRENS_SOCIAL_CARE',
      'MARAC',
    ]);
    const subject = { PERPETRATOR_PROGRAMME: father, ADULT_MENTAL_HEALTH: mother, SUBSTANCE_MISUSE: father, CHILDRENS_SOCIAL_CARE: child, MARAC: mother }[type];
    const atMeeting = meetings.length && type !== 'MARAC' && rng.chance(0.6) ? meetings[meetings.length - 1] : undefined;
    const made = await as(by, `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, {
      familyId: story.familyId,
      subjectPersonId: subject,
      serviceId: w.services[type as keyof World['services']],
      reason: 'Random history',
      consent: 'GIVEN',
      occurredOn: date,
      submit: true,
      meetingId: atMeeting,
      ...(type === 'MARAC' ? { professionalJudgementReason: 'Escalating abuse' } : {}),
    });
    referrals.push({ id: made.createReferral.id, type, status: 'SUBMITTED' });
  }

  async function incidentStep() {
    const what = rng.next();
    if (what < 0.4) {
      await as(by, `mutation ($input: RecordIncidentInput!) { recordIncident(input: $input) { id } }`, {
        familyId: story.familyId,
        occurredOn: date,
        reportingAgencyId: w.agencies.police,
        kind: 'POLICE_DA_NOTIFICATION',
        description: 'Random history',
        people: [
          { personId: mother, role: 'ADULT_VICTIM' },
          { personId: father, role: 'PERSON_CAUSING_HARM' },
        ],
      });
    } else if (what < 0.7) {
      await as(by, `mutation ($input: RecordRiskAssessmentInput!) { recordRiskAssessment(input: $input) { id } }`, {
        familyId: story.familyId,
        victimPersonId: mother,
        personCausingHarmId: father,
        assessedOn: date,
        answers: DASH(rng.int(4, 20)),
        judgement: rng.pick(['STANDARD', 'MEDIUM', 'HIGH']),
      });
    } else {
      await as(by, `mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`, {
        familyId: story.familyId,
        childId: child,
        assessedOn: date,
        factors: rng.pick([['F3A', 'F4B'], ['F3B', 'F2B'], ['F3C', 'F1B', 'F4B'], ['F3A'], ['F4B']]),
        primaryNeed: 'N1',
        outcome: 'CIN',
      });
    }
  }

  async function meetingStep() {
    if (openActions.length && rng.chance(0.5)) {
      const actionId = openActions.shift()!;
      await as(w.coordinator, `mutation ($input: CloseActionInput!) { ${rng.chance(0.8) ? 'completeAction' : 'cancelAction'}(input: $input) { id } }`, {
        actionId,
        completedOn: date,
        note: 'Random history',
      });
    }
    const meetingId = (
      await as(w.coordinator, `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`, {
        type: rng.pick(['STRATEGY_MEETING', 'CIN_REVIEW', 'CP_REVIEW_CONFERENCE']),
        title: 'Random',
        startsAt: `${date}T09:30:00Z`,
        chairUserId: w.chair.id,
        invitedAgencyIds: [w.agencies.csc, w.agencies.police, w.agencies.idva, w.agencies.programme],
      })
    ).scheduleMeeting.id;
    const itemId = (
      await as(w.coordinator, `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`, {
        meetingId,
        familyId: story.familyId,
        reasonForListing: 'Random history',
        people: [
          { personId: mother, scopeRole: 'ADULT_VICTIM' },
          { personId: father, scopeRole: 'PERSON_CAUSING_HARM' },
          ...children.map((c) => ({ personId: c, scopeRole: 'CHILD' })),
        ],
      })
    ).addAgendaItem.id;
    if (rng.chance(0.12)) {
      await as(w.coordinator, `mutation ($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id } }`, { meetingId, reason: 'Chair unavailable' });
      return;
    }
    meetings.push(meetingId);
    if (rng.chance(0.75)) {
      const motherTookPart = rng.chance(0.5);
      await as(w.chair, `mutation ($input: RecordParticipationInput!) { recordParticipation(input: $input) { id } }`, {
        agendaItemId: itemId,
        entries: [
          {
            personId: mother,
            participation: motherTookPart ? 'ATTENDED' : 'INVITED_DECLINED',
            ...(motherNeedsInterpreter ? { interpreterProvided: rng.chance(0.5) } : {}),
          },
          { personId: father, participation: rng.pick(['ATTENDED', 'INVITED_DECLINED', 'NOT_INVITED']) },
          ...children.map((c) => ({ personId: c, participation: 'NOT_INVITED', childView: rng.pick(['DIRECT_WORK', 'NOT_RECORDED']) })),
        ],
      });
    }
    for (let i = rng.int(0, 3); i > 0; i--) {
      const action = await as(w.coordinator, `mutation ($input: AgreeActionInput!) { agreeAction(input: $input) { id } }`, {
        agendaItemId: itemId,
        description: 'Random action',
        owningAgencyId: w.agencies.idva,
        externalOwnerName: 'Duty team',
        subjectPersonId: rng.pick([mother, mother, mother, father, child]),
        dueOn: addDays(date, rng.int(7, 60)),
      });
      openActions.push(action.agreeAction.id);
    }
  }

  async function familyStep(roll: number) {
    if (roll < 0.2) {
      if (coupleStatus === 'SEPARATED') {
        await story.reconcile(couple, date);
        coupleStatus = 'RECONCILED';
      } else {
        await story.separate(couple, date, rng.chance(0.5) ? father : undefined);
        coupleStatus = 'SEPARATED';
      }
    } else if (roll < 0.7) {
      const episode = episodes.get(child);
      if (!episode) {
        const level = rng.int(0, LEVELS.length - 1);
        episodes.set(child, { id: await story.openEpisode(child, LEVELS[level], date), level });
      } else if (rng.chance(0.35)) {
        await story.close(episode.id, date, rng.pick([undefined, undefined, 'PARENTS_SEPARATED', 'PERSON_CAUSING_HARM_LEFT', 'FAMILY_MOVED']));
        episodes.delete(child);
      } else if (episode.level < LEVELS.length - 1 && (episode.level === 0 || rng.chance(0.5))) {
        episode.level = rng.int(episode.level + 1, LEVELS.length - 1);
        await story.step('up', episode.id, LEVELS[episode.level], date);
      } else if (episode.level > 0) {
        episode.level = rng.int(0, episode.level - 1);
        await story.step('down', episode.id, LEVELS[episode.level], date);
      }
    } else if (roll < 0.85) {
      if (harm && !contacts.has(child)) {
        await story.contact(
          child,
          father,
          rng.pick(['SUPERVISED', 'UNSUPERVISED', 'HANDOVER_ONLY', 'INDIRECT']),
          date,
          rng.chance(0.3) ? addDays(date, rng.int(10, 200)) : undefined,
        );
        contacts.add(child);
      }
    } else if (grandmother) {
      const placement = placements.get(child);
      if (placement) {
        await story.endPlacement(placement, date);
        placements.delete(child);
      } else {
        placements.set(child, await story.placement(child, grandmother, 'PATERNAL_GRANDPARENT', date));
      }
    }
  }
}
