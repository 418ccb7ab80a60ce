import { AgencyKind, Role } from '@waymark/access';
import { Partnership } from './partnership';
import { addDays, daysFrom, maxDate, minDate, namedUuid, Prng } from './prng';

/** Rows by table, columns by their database names: what one family's history writes. */
export type Row = Record<string, unknown>;
export type Rows = Record<TableName, Row[]>;

/** Tables in the order they are written (parents before children, for the foreign keys). */
export const TABLES = [
  'person', 'family', 'family_membership', 'person_relationship', 'couple_status_event', 'harm_relationship',
  'socio_economic_context', 'family_allocation', 'cowork_arrangement', 'meeting', 'meeting_agency', 'episode', 'episode_transition',
  'assessment', 'incident', 'incident_person', 'risk_assessment', 'referral', 'referral_status_change', 'agenda_item',
  'agenda_item_person', 'participation', 'meeting_action', 'child_contact', 'kinship_placement',
] as const;
export type TableName = (typeof TABLES)[number];

export function emptyRows(): Rows {
  return Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as Rows;
}

export type Area = 'inner-city' | 'post-industrial';

/** DOMAIN §8: White 33% in one inner-city site, 82% in a post-industrial one. */
const ETHNICITY: Record<Area, ReadonlyArray<readonly [string, number]>> = {
  'inner-city': [['WHITE', 33], ['BLACK', 24], ['ASIAN', 26], ['MIXED', 10], ['OTHER', 6], ['NOT_STATED', 1]],
  'post-industrial': [['WHITE', 82], ['ASIAN', 8], ['MIXED', 5], ['BLACK', 3], ['OTHER', 1], ['NOT_STATED', 1]],
};
const INTERPRETER_RATE: Record<Area, number> = { 'inner-city': 0.12, 'post-industrial': 0.03 };
const POSTCODES: Record<Area, string[]> = { 'inner-city': ['E1', 'E3', 'N15', 'SE15', 'B10', 'M14'], 'post-industrial': ['S70', 'DN1', 'WF9', 'SR5', 'TS3', 'HU9'] };
const LANGUAGES = ['Polish', 'Urdu', 'Bengali', 'Romanian', 'Arabic', 'Somali', 'Punjabi', 'Portuguese'];
const WOMEN = ['Grace', 'Amira', 'Kelly', 'Joanne', 'Fatima', 'Agnieszka', 'Chantelle', 'Sarah', 'Nadia', 'Leanne', 'Precious', 'Gemma'];
const MEN = ['Dean', 'Jamal', 'Craig', 'Imran', 'Tomasz', 'Lee', 'Kwame', 'Wayne', 'Darren', 'Bilal', 'Ryan', 'Marek'];
const CHILDREN = ['Mia', 'Noah', 'Ava', 'Leo', 'Zara', 'Ellie', 'Musa', 'Ruby', 'Jayden', 'Lily', 'Oscar', 'Aisha', 'Kacper', 'Poppy'];
const SURNAMES = ['Walker', 'Khan', 'Nowak', 'Mensah', 'Robinson', 'Hussain', 'Taylor', 'Okoro', 'Clarke', 'Begum', 'Kowalski', 'Wright'];

export interface GenerationSettings {
  seed: string;
  area: Area;
  /** The last day events may fall on (histories end here); 'YYYY-MM-DD'. */
  asOf: string;
  partnership: Partnership;
  /** Who the families are allocated to: the team always, and this practitioner when set (the demo). */
  allocateToUserId?: string | null;
  /** The DVA specialist co-works this share of families (the demo's specialist needs some to see). */
  coworkShare: number;
}

/** The MARAC sits every other Thursday; a referral is heard at the next sitting 7 or more days on. */
export function maracDate(after: string): string {
  const epoch = '2000-01-06'; // a Thursday
  const d = daysFrom(epoch, addDays(after, 7));
  return addDays(epoch, Math.ceil(d / 14) * 14);
}

export function maracMeetingId(seed: string, date: string): string {
  return namedUuid(`waymark-generator:${seed}:marac:${date}`);
}

/** Builds one family's history in memory: people, relationships and years of dated events. */
export class FamilyBuilder {
  readonly rows = emptyRows();
  private readonly rng: Prng;
  private readonly p: Partnership;
  readonly familyId: string;
  private readonly user: Record<Role, string>;
  private readonly agency: Record<AgencyKind, string>;
  mother!: Row;
  father!: Row;
  children: Row[] = [];
  private coupleId = '';
  private together = true;
  private lastMaracOn: string | null = null;
  private incidentsOn: string[] = [];
  private position = 0;

  constructor(private readonly s: GenerationSettings, readonly index: number) {
    this.rng = new Prng(`${s.seed}:family:${index}`);
    this.p = s.partnership;
    this.user = s.partnership.userByRole;
    this.agency = s.partnership.agencyByKind;
    this.familyId = this.rng.uuid();
    this.position = index;
  }

  build(): Rows {
    const r = this.rng;
    const asOf = this.s.asOf;
    const longRunning = r.chance(0.08);
    const span = longRunning ? r.int(8, 17) : r.int(1, 6); // years of involvement, back from asOf
    this.people(longRunning ? span + r.int(1, 3) : 0);
    const eldest = this.children.reduce((d, c) => minDate(d, c.date_of_birth as string), asOf);
    let t = maxDate(addDays(asOf, -span * 365 + r.int(0, 120)), addDays(eldest, r.int(20, 200)));
    t = minDate(t, addDays(asOf, -r.int(60, 400)));
    this.household(t);
    const cycles = longRunning ? r.int(3, 6) : r.weighted([[1, 0.66], [2, 0.26], [3, 0.08]] as const);
    const meanGap = longRunning ? Math.max(200, Math.floor((daysFrom(t, asOf) - cycles * 200) / cycles)) : 300;
    for (let c = 0; c < cycles && daysFrom(t, asOf) > 45; c++) {
      const end = this.cycle(t, c === cycles - 1);
      if (!end) break;
      // About a fifth of referrals come back within a year (DOMAIN §8: ~22% re-referrals).
      const gap = r.chance(0.7) ? r.int(14, 90) : r.int(Math.min(366, meanGap), Math.max(400, meanGap * 2));
      t = addDays(end, gap);
    }
    return this.rows;
  }

  // ---- people and household ----

  private person(given: string, family: string, dob: string, gender: string, extra: Row = {}): Row {
    const r = this.rng;
    const needsInterpreter = extra.adult ? r.chance(INTERPRETER_RATE[this.s.area]) : false;
    const row: Row = {
      id: r.uuid(), given_name: given, family_name: family, date_of_birth: dob, gender,
      ethnicity_group: extra.ethnicity ?? r.weighted(ETHNICITY[this.s.area]),
      first_language: needsInterpreter ? r.pick(LANGUAGES) : 'English', interpreter_needed: needsInterpreter,
      postcode_area: extra.postcode ?? null, created_by_user_id: this.user.CASE_PRACTITIONER,
      no_recourse_to_public_funds: needsInterpreter && r.chance(0.3), confidential_address: null, safe_contact_details: null,
    };
    this.rows.person.push(row);
    return row;
  }

  private people(minEldestAge: number): void {
    const r = this.rng;
    const asOf = this.s.asOf;
    const surname = r.pick(SURNAMES);
    const ethnicity = r.weighted(ETHNICITY[this.s.area]);
    const postcode = r.pick(POSTCODES[this.s.area]);
    const count = r.weighted([[1, 0.4], [2, 0.35], [3, 0.25]] as const);
    const ages: number[] = [];
    for (let i = 0; i < count; i++) {
      // DOMAIN §8: under-5s are 42-54% of children in DVA families.
      ages.push(r.chance(0.48) ? r.int(60, 5 * 365 - 30) : r.int(5 * 365 + 30, 17 * 365));
    }
    if (minEldestAge) ages[0] = Math.max(ages[0], Math.min(17, minEldestAge) * 365 + r.int(0, 300));
    ages.sort((a, b) => b - a);
    const eldestAge = ages[0];
    this.mother = this.person(r.pick(WOMEN), surname, addDays(asOf, -eldestAge - r.int(18, 32) * 365), 'FEMALE', { adult: true, ethnicity, postcode });
    // Some mothers have moved to a refuge or a new address the person causing harm must not learn.
    if (r.chance(0.3)) Object.assign(this.mother, { confidential_address: `Refuge ${r.int(1, 40)}, address held by the IDVA service`, safe_contact_details: 'Text first; call only 10:00-12:00 on weekdays' });
    this.father = this.person(r.pick(MEN), surname, addDays(asOf, -eldestAge - r.int(20, 36) * 365), 'MALE', { adult: true, ethnicity: r.chance(0.8) ? ethnicity : undefined, postcode });
    this.children = ages.map((age) => this.person(r.pick(CHILDREN), surname, addDays(asOf, -age), r.chance(0.5) ? 'FEMALE' : 'MALE', { ethnicity, postcode }));
  }

  private household(since: string): void {
    const r = this.rng;
    const f = this.familyId;
    const practitioner = this.user.CASE_PRACTITIONER;
    this.rows.family.push({ id: f, name: `${this.mother.family_name} family`, agency_id: this.agency.CHILDRENS_SOCIAL_CARE });
    const member = (p: Row, kind: string, on: string) => this.rows.family_membership.push({ id: r.uuid(), family_id: f, person_id: p.id, kind, joined_on: maxDate(on, p.date_of_birth as string), left_on: null });
    member(this.mother, 'ADULT', since);
    member(this.father, 'ADULT', since);
    for (const c of this.children) member(c, 'CHILD', since);
    const rel = (a: Row, b: Row, type: string) => {
      const id = r.uuid();
      this.rows.person_relationship.push({ id, family_id: f, person_id: a.id, related_person_id: b.id, type, recorded_by_user_id: practitioner });
      return id;
    };
    this.coupleId = rel(this.mother, this.father, 'PARTNER');
    this.coupleStatus('TOGETHER', minDate(since, this.children.reduce((d, c) => minDate(d, c.date_of_birth as string), since)), null);
    for (const c of this.children) {
      rel(this.mother, c, 'MOTHER');
      rel(this.father, c, 'FATHER');
    }
    const forms = ['COERCIVE_CONTROL', 'PHYSICAL', ...(r.chance(0.2) ? ['NON_FATAL_STRANGULATION'] : []), ...(r.chance(0.25) ? ['ECONOMIC'] : []), ...(r.chance(0.15) ? ['STALKING_HARASSMENT'] : [])];
    this.rows.harm_relationship.push({
      id: r.uuid(), family_id: f, person_causing_harm_id: this.father.id, person_harmed_id: this.mother.id, forms,
      disclosure: r.chance(0.8) ? 'DISCLOSED' : 'SUSPECTED_NOT_DISCLOSED', typology: r.chance(0.6) ? 'COERCIVE_CONTROLLING_VIOLENCE' : null,
      recorded_on: since, recorded_by_user_id: practitioner,
    });
    this.rows.socio_economic_context.push({
      id: r.uuid(), family_id: f, recorded_on: since, housing: r.weighted([['SECURE', 35], ['INSECURE', 25], ['OVERCROWDED', 20], ['TEMPORARY', 15], ['HOMELESS', 5]] as const),
      income_hardship: r.chance(0.6), employment: r.weighted([['EMPLOYED', 40], ['UNEMPLOYED', 35], ['NOT_IN_LABOUR_MARKET', 25]] as const),
      deprivation_decile: r.weighted([[1, 30], [2, 22], [3, 15], [4, 10], [5, 8], [6, 5], [7, 4], [8, 3], [9, 2], [10, 1]] as const), recorded_by_user_id: practitioner,
    });
    this.rows.family_allocation.push({ id: r.uuid(), family_id: f, user_id: this.s.allocateToUserId ?? null, team_id: this.p.teamId, started_on: since, ended_on: null });
    if (r.chance(this.s.coworkShare)) {
      this.rows.cowork_arrangement.push({ id: r.uuid(), family_id: f, specialist_user_id: this.user.DVA_SPECIALIST, started_on: since, started_by_user_id: practitioner, reason: 'Joint safety planning with the mother and work with the father' });
    }
    // A few children end up with the harming parent's own parent (DOMAIN §8: kinship placements).
    if (r.chance(0.04)) this.kinship(since);
  }

  private kinship(since: string): void {
    const r = this.rng;
    const child = this.children[this.children.length - 1];
    const grandmother = this.person(r.pick(WOMEN), this.father.family_name as string, addDays(this.father.date_of_birth as string, -r.int(20, 30) * 365), 'FEMALE', { adult: true });
    this.rows.family_membership.push({ id: r.uuid(), family_id: this.familyId, person_id: grandmother.id, kind: 'ADULT', joined_on: since, left_on: null });
    this.rows.person_relationship.push({ id: r.uuid(), family_id: this.familyId, person_id: grandmother.id, related_person_id: this.father.id, type: 'MOTHER', recorded_by_user_id: this.user.CASE_PRACTITIONER });
    this.rows.person_relationship.push({ id: r.uuid(), family_id: this.familyId, person_id: grandmother.id, related_person_id: child.id, type: 'KINSHIP_CARER', recorded_by_user_id: this.user.CASE_PRACTITIONER });
    const placedOn = minDate(addDays(this.s.asOf, -r.int(10, 300)), addDays(maxDate(since, child.date_of_birth as string), r.int(30, 200)));
    this.rows.kinship_placement.push({ id: r.uuid(), family_id: this.familyId, child_id: child.id, carer_id: grandmother.id, carer_relationship: 'PATERNAL_GRANDPARENT', placed_on: maxDate(placedOn, child.date_of_birth as string), ended_on: null, recorded_by_user_id: this.user.CASE_PRACTITIONER });
  }

  private coupleStatus(status: string, on: string, left: string | null): void {
    this.rows.couple_status_event.push({ id: this.rng.uuid(), relationship_id: this.coupleId, family_id: this.familyId, status, occurred_on: on, left_household_person_id: left, recorded_by_user_id: this.user.CASE_PRACTITIONER });
  }

  // ---- one involvement: incident, referral, assessment, episodes, meetings, referrals on ----

  /** One cycle of involvement from day d0; returns the day it ended (or null when it is still open). */
  private cycle(d0: string, last: boolean): string | null {
    const r = this.rng;
    const asOf = this.s.asOf;
    const kids = this.children.filter((c) => (c.date_of_birth as string) < addDays(d0, -10));
    if (!kids.length) return addDays(d0, 60);
    // Sometimes a run of incidents first: three in a year is MARAC's potential escalation.
    if (r.chance(0.15)) for (const back of [r.int(150, 300), r.int(40, 140)]) this.incident(maxDate(addDays(d0, -back), addDays(kids[0].date_of_birth as string, 1)), kids);
    this.incident(addDays(d0, -r.int(0, 5)), kids);
    this.referral(kids[0], 'CHILDRENS_SOCIAL_CARE', d0, { from: Role.AGENCY_REPRESENTATIVE, fromAgency: AgencyKind.POLICE, outcome: 'ACCEPTED', reason: 'Police domestic abuse notification; children present.' });
    const assessedOn = minDate(addDays(d0, r.int(5, 25)), asOf);
    const outcome = r.weighted([['NFA', 14], ['EARLY_HELP', 8], ['CIN', 56], ['CP', 22]] as const);
    const mentalHealth = r.chance(0.3);
    for (const child of kids) this.assessment(child, assessedOn, outcome, mentalHealth);

    if (r.chance(0.45)) this.dashAndMarac(addDays(d0, r.int(1, 10)), kids);
    if (outcome === 'NFA') return assessedOn;

    const level = outcome === 'CP' ? 'CP_PLAN' : outcome === 'EARLY_HELP' ? 'EARLY_HELP' : 'CIN';
    const plan: { kind: string; to: string; on: string }[] = [];
    let current = level;
    let t = assessedOn;
    // Revolving door: up, down, up again inside two years.
    const churn = level !== 'EARLY_HELP' && r.chance(0.15);
    const meeting = level === 'CP_PLAN' ? this.meeting('INITIAL_CP_CONFERENCE', assessedOn, kids, r.chance(0.25) ? 'none' : 'conference') : r.chance(0.35) ? this.meeting(level === 'CIN' ? 'CIN_REVIEW' : 'TEAM_AROUND_THE_FAMILY', addDays(assessedOn, r.int(20, 40)), kids, r.chance(0.2) ? 'none' : 'conference') : null;
    if (level === 'CP_PLAN' && r.chance(0.3)) this.meeting('STRATEGY_MEETING', addDays(assessedOn, -r.int(1, 4)), kids, 'none');
    if (churn) {
      const steps = current === 'CP_PLAN' ? ['CIN', 'CP_PLAN', 'CIN'] : ['CP_PLAN', 'CIN', 'CP_PLAN'];
      for (const to of steps) {
        t = addDays(t, r.int(60, 150));
        plan.push({ kind: to === 'CP_PLAN' ? 'STEP_UP' : 'STEP_DOWN', to, on: t });
        current = to;
      }
    } else if (current === 'CP_PLAN' && r.chance(0.4)) {
      t = addDays(t, r.int(120, 270));
      plan.push({ kind: 'STEP_DOWN', to: 'CIN', on: t });
    }
    if (meeting && r.chance(0.55)) this.referral(this.father, 'PERPETRATOR_PROGRAMME', addDays(meeting.on, r.int(0, 7)), { from: Role.CASE_PRACTITIONER, meetingId: meeting.id, reason: 'Agreed at the meeting: behaviour-change work with the father.' });
    if (mentalHealth && r.chance(0.5)) this.referral(this.mother, 'ADULT_MENTAL_HEALTH', addDays(assessedOn, r.int(3, 20)), { from: Role.CASE_PRACTITIONER, reason: 'Low mood and anxiety since the incidents.' });
    if (meeting) this.actions(meeting, t);

    // Separation, then closure soon after (post-separation closure), sometimes reconciliation.
    let closeOn = addDays(t, r.int(60, 300));
    let subReason: string | null = null;
    const sep = addDays(t, r.int(20, 120));
    if (this.together && sep < asOf && r.chance(0.4)) {
      this.separate(sep);
      closeOn = r.chance(0.6) ? addDays(sep, r.int(3, 27)) : addDays(sep, r.int(35, 200));
      subReason = r.chance(0.5) ? 'PARENTS_SEPARATED' : null;
      if (r.chance(0.55)) for (const c of kids) if (r.chance(0.8)) this.contact(c, addDays(sep, r.int(1, 20)));
    }
    let open = false;
    const stillOpen = last && (closeOn >= asOf || r.chance(0.35));
    for (const child of kids) {
      const episodeId = r.uuid();
      const transitions = [{ kind: 'OPEN', from: 'NONE', to: level, on: assessedOn, meeting: null as string | null }];
      let from = level;
      for (const step of plan) {
        if (step.on >= asOf) break;
        transitions.push({ kind: step.kind, from, to: step.to, on: step.on, meeting: null });
        from = step.to;
      }
      const closed = !stillOpen && closeOn < asOf && closeOn > transitions[transitions.length - 1].on;
      if (closed) transitions.push({ kind: 'CLOSE', from, to: 'NONE', on: closeOn, meeting: null });
      this.rows.episode.push({
        id: episodeId, family_id: this.familyId, child_id: child.id, level: closed ? from : from, opened_on: assessedOn,
        closed_on: closed ? closeOn : null, closure_reason: closed ? r.weighted([['RC7', 70], ['RC9', 20], ['RC3', 10]] as const) : null, closure_sub_reason: closed ? subReason : null,
      });
      for (const tr of transitions) {
        this.rows.episode_transition.push({ id: r.uuid(), episode_id: episodeId, kind: tr.kind, from_level: tr.from, to_level: tr.to, occurred_on: tr.on, decided_by_user_id: this.user.CASE_PRACTITIONER, decision_meeting_id: tr.meeting, reason: null });
      }
      if (!closed) open = true;
    }
    if (open) return null;
    if (!this.together && r.chance(0.35)) {
      const back = addDays(closeOn, r.int(10, 150));
      if (back < asOf) {
        this.reconcile(back);
        return back;
      }
    }
    return closeOn;
  }

  private incident(on: string, kids: Row[]): void {
    const r = this.rng;
    const id = r.uuid();
    this.incidentsOn.push(on);
    this.rows.incident.push({ id, family_id: this.familyId, occurred_on: on, reporting_agency_id: this.agency.POLICE, kind: 'POLICE_DA_NOTIFICATION', description: 'Police called by a neighbour; verbal and physical abuse reported.', recorded_by_user_id: this.user.AGENCY_REPRESENTATIVE });
    this.rows.incident_person.push({ incident_id: id, person_id: this.mother.id, role: 'ADULT_VICTIM' }, { incident_id: id, person_id: this.father.id, role: 'PERSON_CAUSING_HARM' });
    for (const c of kids) this.rows.incident_person.push({ incident_id: id, person_id: c.id, role: 'CHILD_PRESENT' });
  }

  private assessment(child: Row, on: string, outcome: string, mentalHealth: boolean): void {
    const r = this.rng;
    // DOMAIN §8: 3B in 86-91% of DVA assessments, 3A 13-15%, parental mental health 28-33%.
    const factors = [r.chance(0.885) ? '3B' : '3C', ...(r.chance(0.14) ? ['3A'] : []), ...(mentalHealth ? ['4B'] : []), ...(r.chance(0.12) ? ['1B'] : []), ...(r.chance(0.1) ? ['2B'] : []), ...(r.chance(0.25) ? ['17A'] : [])];
    this.rows.assessment.push({ id: r.uuid(), family_id: this.familyId, child_id: child.id, assessed_on: on, agency_id: this.agency.CHILDRENS_SOCIAL_CARE, factors, primary_need: r.chance(0.85) ? 'N1' : 'N4', outcome, recorded_by_user_id: this.user.CASE_PRACTITIONER });
  }

  private dashAndMarac(on: string, kids: Row[]): void {
    const r = this.rng;
    const asOf = this.s.asOf;
    if (on > asOf) return;
    const score = r.chance(0.35) ? r.int(14, 20) : r.int(3, 13);
    const answers: string[] = Array.from({ length: 24 }, (_, i) => (i < score ? 'YES' : r.chance(0.8) ? 'NO' : 'NOT_KNOWN'));
    for (let i = answers.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [answers[i], answers[j]] = [answers[j], answers[i]];
    }
    const judgement = score >= 14 ? 'HIGH' : r.weighted([['STANDARD', 50], ['MEDIUM', 40], ['HIGH', 10]] as const);
    this.rows.risk_assessment.push({ id: r.uuid(), family_id: this.familyId, victim_person_id: this.mother.id, person_causing_harm_id: this.father.id, assessed_on: on, assessor_user_id: this.user.DVA_SPECIALIST, agency_id: this.agency.SPECIALIST_DVA_SERVICE, answers, score, judgement });
    const yearBefore = addDays(on, -365);
    const escalation = this.incidentsOn.filter((d) => d > yearBefore && d <= on).length >= 3;
    const repeat = this.lastMaracOn !== null && this.lastMaracOn > yearBefore;
    const criteria = [...(score >= 14 ? ['VISIBLE_HIGH_RISK'] : []), ...(judgement === 'HIGH' && score < 14 ? ['PROFESSIONAL_JUDGEMENT'] : []), ...(escalation ? ['POTENTIAL_ESCALATION'] : []), ...(repeat ? ['REPEAT'] : [])];
    if (!criteria.length) return;
    const referredOn = addDays(on, r.int(0, 3));
    const sitting = maracDate(referredOn);
    if (sitting > asOf) return;
    const referral = this.referral(this.mother, 'MARAC', referredOn, {
      from: Role.DVA_SPECIALIST, fromAgency: AgencyKind.SPECIALIST_DVA_SERVICE, outcome: 'ACCEPTED', reason: 'High risk of serious harm: recent escalation.',
      marac: { criteria, repeat, judgementReason: criteria.includes('PROFESSIONAL_JUDGEMENT') ? 'Escalating coercive control; she is frightened of him.' : null },
    });
    this.lastMaracOn = referredOn;
    const meeting = this.meeting('MARAC', sitting, kids, 'marac', referral.id as string);
    if (meeting) this.actions(meeting, sitting);
  }

  private referral(subject: Row, type: string, on: string, o: { from: Role; fromAgency?: AgencyKind; outcome?: string; reason: string; meetingId?: string; marac?: { criteria: string[]; repeat: boolean; judgementReason: string | null } }): Row {
    const r = this.rng;
    const asOf = this.s.asOf;
    const id = r.uuid();
    on = minDate(on, asOf);
    const fromUser = this.user[o.from];
    const consent = type === 'PERPETRATOR_PROGRAMME' || type === 'ADULT_MENTAL_HEALTH' ? (r.chance(0.85) ? 'GIVEN' : 'REFUSED') : 'NOT_SOUGHT';
    const row: Row = {
      id, family_id: this.familyId, subject_person_id: subject.id, service_id: this.p.serviceByType[type as keyof Partnership['serviceByType']],
      from_user_id: fromUser, from_agency_id: o.fromAgency ? this.agency[o.fromAgency] : this.agency.CHILDRENS_SOCIAL_CARE,
      to_agency_id: this.p.serviceAgencyByType[type as keyof Partnership['serviceByType']], reason: o.reason, consent, lawful_basis: consent === 'GIVEN' ? null : type === 'MARAC' ? 'PREVENTING_SERIOUS_HARM' : 'SAFEGUARDING_CHILD',
      status: 'SUBMITTED', referred_on: on, submitted_on: on, decided_on: null, first_engaged_on: null, last_changed_on: on,
      decline_reason: null, decline_criterion: null, marac_criteria: o.marac?.criteria ?? [], is_repeat_marac: o.marac?.repeat ?? false,
      professional_judgement_reason: o.marac?.judgementReason ?? null, meeting_id: o.meetingId ?? null,
    };
    this.rows.referral.push(row);
    const change = (from: string | null, to: string, at: string, by: string, decline: [string, string] | null = null) => {
      this.rows.referral_status_change.push({ id: r.uuid(), referral_id: id, from_status: from, to_status: to, occurred_on: at, by_user_id: by, decline_reason: decline?.[0] ?? null, decline_criterion: decline?.[1] ?? null });
      row.status = to;
      row.last_changed_on = at;
    };
    change(null, 'SUBMITTED', on, fromUser);
    // Perpetrator, mental health and substance services decline on eligibility often enough to matter (DOMAIN §1.3).
    const path = o.outcome === 'ACCEPTED' ? ['ACCEPTED'] : r.weighted([
      [[] as string[], 15], [['DECLINED'], 20], [['ACCEPTED'], 15], [['ACCEPTED', 'ENGAGED'], 15], [['ACCEPTED', 'ENGAGED', 'COMPLETED'], 20], [['ACCEPTED', 'ENGAGED', 'DISENGAGED'], 15],
    ] as const);
    const receiver = type === 'PERPETRATOR_PROGRAMME' ? this.user.PERPETRATOR_WORKER : fromUser;
    let at = on;
    for (const to of path) {
      at = addDays(at, to === 'ACCEPTED' || to === 'DECLINED' ? r.int(1, 21) : r.int(7, 120));
      if (at > asOf) break;
      if (to === 'DECLINED') {
        change('SUBMITTED', 'DECLINED', at, receiver, ['ELIGIBILITY', r.pick(['Does not accept responsibility for his behaviour', 'A criminal case is pending', 'Current alcohol use not acknowledged'])]);
        row.decline_reason = 'ELIGIBILITY';
        row.decline_criterion = this.rows.referral_status_change[this.rows.referral_status_change.length - 1].decline_criterion;
        row.decided_on = at;
      } else {
        change(row.status as string, to, at, receiver);
        if (to === 'ACCEPTED') row.decided_on = at;
        if (to === 'ENGAGED') row.first_engaged_on = at;
      }
    }
    return row;
  }

  private meeting(type: string, on: string, kids: Row[], participation: 'none' | 'conference' | 'marac', maracReferralId?: string): { id: string; on: string; itemId: string } | null {
    const r = this.rng;
    const shared = type === 'MARAC';
    if (on > this.s.asOf) return null;
    const id = shared ? maracMeetingId(this.s.seed, on) : r.uuid();
    this.rows.meeting.push({
      id, type, title: shared ? `Riverside MARAC ${on}` : `${type.replace(/_/g, ' ').toLowerCase()} (${this.mother.family_name})`,
      starts_at: `${on}T10:00:00Z`, organising_agency_id: shared ? this.agency.POLICE : this.agency.CHILDRENS_SOCIAL_CARE,
      chair_user_id: this.user.MEETING_CHAIR, coordinator_user_id: shared ? this.user.MARAC_COORDINATOR : this.user.CASE_PRACTITIONER, status: 'HELD',
    });
    // Who is invited: MARAC's usual table, or the agencies around the child at a conference.
    const invited: AgencyKind[] = shared
      ? [AgencyKind.POLICE, AgencyKind.CHILDRENS_SOCIAL_CARE, AgencyKind.IDVA_SERVICE, AgencyKind.SPECIALIST_DVA_SERVICE, AgencyKind.HEALTH_VISITING, AgencyKind.HOUSING, AgencyKind.PROBATION]
      : [AgencyKind.CHILDRENS_SOCIAL_CARE, AgencyKind.POLICE, AgencyKind.HEALTH_VISITING, AgencyKind.EDUCATION];
    for (const kind of invited) this.rows.meeting_agency.push({ meeting_id: id, agency_id: this.agency[kind], attended: true });
    const itemId = r.uuid();
    this.rows.agenda_item.push({ id: itemId, meeting_id: id, family_id: this.familyId, organising_agency_id: shared ? this.agency.POLICE : this.agency.CHILDRENS_SOCIAL_CARE, position: shared ? this.position + 1 : 1, reason_for_listing: shared ? 'MARAC referral' : 'Planned review', marac_referral_id: maracReferralId ?? null });
    const scope: [Row, string][] = [[this.mother, 'ADULT_VICTIM'], [this.father, 'PERSON_CAUSING_HARM'], ...kids.map((k) => [k, 'CHILD'] as [Row, string])];
    for (const [person, role] of scope) {
      this.rows.agenda_item_person.push({ agenda_item_id: itemId, person_id: person.id, scope_role: role });
      let kind: string;
      if (participation === 'none') kind = 'NOT_INVITED';
      else if (participation === 'marac') kind = role === 'ADULT_VICTIM' ? 'VIEWS_VIA_ADVOCATE' : 'NOT_INVITED';
      else kind = role === 'ADULT_VICTIM' ? r.weighted([['ATTENDED', 70], ['ATTENDED_PART', 15], ['WRITTEN_VIEWS', 15]] as const) : role === 'PERSON_CAUSING_HARM' ? r.weighted([['INVITED_DECLINED', 40], ['ATTENDED', 25], ['SEPARATE_MEETING', 15], ['EXCLUDED_FOR_SAFETY', 20]] as const) : 'NOT_APPLICABLE';
      const child = role === 'CHILD';
      const age = daysFrom(person.date_of_birth as string, on) / 365;
      this.rows.participation.push({
        id: r.uuid(), agenda_item_id: itemId, person_id: person.id, participation: kind,
        exclusion_reason: kind === 'EXCLUDED_FOR_SAFETY' ? 'Joint attendance unsafe for the mother' : null,
        child_view: child ? (participation === 'conference' && age >= 5 && r.chance(0.6) ? 'DIRECT_WORK' : 'NOT_RECORDED') : null,
        interpreter_provided: person.interpreter_needed ? r.chance(0.6) : null, recorded_by_user_id: shared ? this.user.MARAC_COORDINATOR : this.user.CASE_PRACTITIONER,
      });
    }
    return { id, on, itemId };
  }

  /** Actions from a meeting: mostly about the mother (responsibility on the victim), some left overdue. */
  private actions(meeting: { id: string; on: string; itemId: string }, until: string): void {
    const r = this.rng;
    const n = r.int(1, 2);
    const marac = this.rows.meeting.find((m) => m.id === meeting.id)?.type === 'MARAC';
    for (let i = 0; i < n; i++) {
      const aboutFather = r.chance(0.25);
      const due = addDays(meeting.on, r.int(14, 60));
      const done = due < until && r.chance(0.7);
      const overdueOpen = !done && r.chance(0.5);
      const status = done ? 'DONE' : overdueOpen || due >= this.s.asOf ? 'OPEN' : 'CANCELLED';
      const finished = status === 'OPEN' ? null : minDate(addDays(due, -r.int(0, 10)), this.s.asOf);
      this.rows.meeting_action.push({
        id: r.uuid(), meeting_id: meeting.id, agenda_item_id: meeting.itemId, family_id: this.familyId, organising_agency_id: marac ? this.agency.POLICE : this.agency.CHILDRENS_SOCIAL_CARE,
        description: aboutFather ? 'Offer the father a behaviour-change assessment' : r.pick(['Complete safety planning with the mother', 'Support the mother to apply for a non-molestation order', 'Sanctuary scheme referral for the mother']),
        owning_agency_id: aboutFather ? this.agency.PROBATION : this.agency.IDVA_SERVICE, owner_user_id: null, external_owner_name: aboutFather ? 'Probation duty officer' : 'IDVA duty worker',
        subject_person_id: aboutFather ? this.father.id : this.mother.id, due_on: due, status, completion_note: status === 'CANCELLED' ? 'No longer needed' : null,
        completed_on: finished && finished >= meeting.on ? finished : status === 'OPEN' ? null : meeting.on, created_by_user_id: marac ? this.user.MARAC_COORDINATOR : this.user.CASE_PRACTITIONER,
      });
    }
  }

  private separate(on: string): void {
    this.coupleStatus('SEPARATED', on, this.father.id as string);
    const m = this.rows.family_membership.find((x) => x.person_id === this.father.id && x.left_on === null);
    if (m) m.left_on = maxDate(on, m.joined_on as string);
    this.together = false;
  }

  private reconcile(on: string): void {
    this.coupleStatus('RECONCILED', on, null);
    this.rows.family_membership.push({ id: this.rng.uuid(), family_id: this.familyId, person_id: this.father.id, kind: 'ADULT', joined_on: on, left_on: null });
    this.together = true;
    for (const c of this.rows.child_contact) if (c.ended_on === null) c.ended_on = maxDate(on, c.started_on as string);
  }

  private contact(child: Row, from: string): void {
    if (from >= this.s.asOf || this.rows.child_contact.some((c) => c.child_id === child.id && c.ended_on === null)) return;
    this.rows.child_contact.push({ id: this.rng.uuid(), family_id: this.familyId, child_id: child.id, person_causing_harm_id: this.father.id, arrangement: this.rng.pick(['SUPERVISED', 'UNSUPERVISED', 'HANDOVER_ONLY']), started_on: from, ended_on: null, recorded_by_user_id: this.user.CASE_PRACTITIONER });
  }
}
