import { AgencyKind, Role } from '@waymark/access';
import { CHILDREN, ETHNICITY, MEN, POSTCODES, Row, Rows, SURNAMES, WOMEN } from './generated-rows';
import { FamilyRecords } from './family-records';
import { addDays, daysFrom, maxDate, minDate } from './prng';

export * from './generated-rows';

/** Builds one family's history in memory: people, relationships and years of dated events. */
export class FamilyBuilder extends FamilyRecords {
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
    const cycles = longRunning
      ? r.int(3, 6)
      : r.weighted([
          [1, 0.66],
          [2, 0.26],
          [3, 0.08],
        ] as const);
    const meanGap = longRunning ? Math.max(200, Math.floor((daysFrom(t, asOf) - cycles * 200) / cycles)) : 300;
    for (let c = 0; c < cycles && daysFrom(t, asOf) > 45; c++) {
      const end = this.cycle(t, c === cycles - 1);
      if (!end) break;
      // About a fifth of referrals come back within a year (docs/domain.md §8.1: ~22% re-referrals).
      const gap = r.chance(0.7) ? r.int(14, 90) : r.int(Math.min(366, meanGap), Math.max(400, meanGap * 2));
      t = addDays(end, gap);
    }
    return this.rows;
  }

  // ---- people and household ----

  private people(minEldestAge: number): void {
    const r = this.rng;
    const asOf = this.s.asOf;
    const surname = r.pick(SURNAMES);
    const ethnicity = r.weighted(ETHNICITY[this.s.area]);
    const postcode = r.pick(POSTCODES[this.s.area]);
    const count = r.weighted([
      [1, 0.4],
      [2, 0.35],
      [3, 0.25],
    ] as const);
    const ages: number[] = [];
    for (let i = 0; i < count; i++) {
      // docs/domain.md §8.1: under-5s are 42-54% of children in DVA families.
      ages.push(r.chance(0.48) ? r.int(60, 5 * 365 - 30) : r.int(5 * 365 + 30, 17 * 365));
    }
    if (minEldestAge) ages[0] = Math.max(ages[0], Math.min(17, minEldestAge) * 365 + r.int(0, 300));
    ages.sort((a, b) => b - a);
    const eldestAge = ages[0];
    this.mother = this.person(r.pick(WOMEN), surname, addDays(asOf, -eldestAge - r.int(18, 32) * 365), 'FEMALE', { adult: true, ethnicity, postcode });
    // Some mothers have moved to a refuge or a new address the person causing harm must not learn.
    if (r.chance(0.3))
      Object.assign(this.mother, {
        confidential_address: `Refuge ${r.int(1, 40)}, address held by the IDVA service`,
        safe_contact_details: 'Text first; call only 10:00-12:00 on weekdays',
      });
    this.father = this.person(r.pick(MEN), surname, addDays(asOf, -eldestAge - r.int(20, 36) * 365), 'MALE', {
      adult: true,
      ethnicity: r.chance(0.8) ? ethnicity : undefined,
      postcode,
    });
    this.children = ages.map((age) => this.person(r.pick(CHILDREN), surname, addDays(asOf, -age), r.chance(0.5) ? 'FEMALE' : 'MALE', { ethnicity, postcode }));
  }

  private household(since: string): void {
    const r = this.rng;
    const f = this.familyId;
    const practitioner = this.user.CASE_PRACTITIONER;
    this.rows.family.push({ id: f, name: `${this.mother.family_name} family`, agency_id: this.agency.CHILDRENS_SOCIAL_CARE });
    const member = (p: Row, kind: string, on: string) =>
      this.rows.family_membership.push({ id: r.uuid(), family_id: f, person_id: p.id, kind, joined_on: maxDate(on, p.date_of_birth as string), left_on: null });
    member(this.mother, 'ADULT', since);
    member(this.father, 'ADULT', since);
    for (const c of this.children) member(c, 'CHILD', since);
    const rel = (a: Row, b: Row, type: string) => {
      const id = r.uuid();
      this.rows.person_relationship.push({ id, family_id: f, person_id: a.id, related_person_id: b.id, type, recorded_by_user_id: practitioner });
      return id;
    };
    this.coupleId = rel(this.mother, this.father, 'PARTNER');
    this.coupleStatus(
      'TOGETHER',
      minDate(
        since,
        this.children.reduce((d, c) => minDate(d, c.date_of_birth as string), since),
      ),
      null,
    );
    for (const c of this.children) {
      rel(this.mother, c, 'MOTHER');
      rel(this.father, c, 'FATHER');
    }
    const forms = [
      'COERCIVE_CONTROL',
      'PHYSICAL',
      ...(r.chance(0.2) ? ['NON_FATAL_STRANGULATION'] : []),
      ...(r.chance(0.25) ? ['ECONOMIC'] : []),
      ...(r.chance(0.15) ? ['STALKING_HARASSMENT'] : []),
    ];
    this.rows.harm_relationship.push({
      id: r.uuid(),
      family_id: f,
      person_causing_harm_id: this.father.id,
      person_harmed_id: this.mother.id,
      forms,
      disclosure: r.chance(0.8) ? 'DISCLOSED' : 'SUSPECTED_NOT_DISCLOSED',
      typology: r.chance(0.6) ? 'COERCIVE_CONTROLLING_VIOLENCE' : null,
      recorded_on: since,
      recorded_by_user_id: practitioner,
    });
    this.rows.socio_economic_context.push({
      id: r.uuid(),
      family_id: f,
      recorded_on: since,
      housing: r.weighted([
        ['SECURE', 35],
        ['INSECURE', 25],
        ['OVERCROWDED', 20],
        ['TEMPORARY', 15],
        ['HOMELESS', 5],
      ] as const),
      income_hardship: r.chance(0.6),
      employment: r.weighted([
        ['EMPLOYED', 40],
        ['UNEMPLOYED', 35],
        ['NOT_IN_LABOUR_MARKET', 25],
      ] as const),
      deprivation_decile: r.weighted([
        [1, 30],
        [2, 22],
        [3, 15],
        [4, 10],
        [5, 8],
        [6, 5],
        [7, 4],
        [8, 3],
        [9, 2],
        [10, 1],
      ] as const),
      recorded_by_user_id: practitioner,
    });
    this.rows.family_allocation.push({
      id: r.uuid(),
      family_id: f,
      user_id: this.s.allocateToUserId ?? null,
      team_id: this.s.teamId ?? this.p.teamId,
      started_on: since,
      ended_on: null,
    });
    if (r.chance(this.s.coworkShare)) {
      this.rows.cowork_arrangement.push({
        id: r.uuid(),
        family_id: f,
        specialist_user_id: this.user.DVA_SPECIALIST,
        started_on: since,
        started_by_user_id: practitioner,
        reason: 'Joint safety planning with the mother and work with the father',
      });
    }
    // A few children end up with the harming parent's own parent (docs/domain.md §8.1: kinship placements).
    if (r.chance(0.04)) this.kinship(since);
  }

  private kinship(since: string): void {
    const r = this.rng;
    const child = this.children[this.children.length - 1];
    const grandmother = this.person(
      r.pick(WOMEN),
      this.father.family_name as string,
      addDays(this.father.date_of_birth as string, -r.int(20, 30) * 365),
      'FEMALE',
      { adult: true },
    );
    this.rows.family_membership.push({ id: r.uuid(), family_id: this.familyId, person_id: grandmother.id, kind: 'ADULT', joined_on: since, left_on: null });
    this.rows.person_relationship.push({
      id: r.uuid(),
      family_id: this.familyId,
      person_id: grandmother.id,
      related_person_id: this.father.id,
      type: 'MOTHER',
      recorded_by_user_id: this.user.CASE_PRACTITIONER,
    });
    this.rows.person_relationship.push({
      id: r.uuid(),
      family_id: this.familyId,
      person_id: grandmother.id,
      related_person_id: child.id,
      type: 'KINSHIP_CARER',
      recorded_by_user_id: this.user.CASE_PRACTITIONER,
    });
    const placedOn = minDate(addDays(this.s.asOf, -r.int(10, 300)), addDays(maxDate(since, child.date_of_birth as string), r.int(30, 200)));
    this.rows.kinship_placement.push({
      id: r.uuid(),
      family_id: this.familyId,
      child_id: child.id,
      carer_id: grandmother.id,
      carer_relationship: 'PATERNAL_GRANDPARENT',
      placed_on: maxDate(placedOn, child.date_of_birth as string),
      ended_on: null,
      recorded_by_user_id: this.user.CASE_PRACTITIONER,
    });
  }

  private cycle(d0: string, last: boolean): string | null {
    const r = this.rng;
    const asOf = this.s.asOf;
    const kids = this.children.filter((c) => (c.date_of_birth as string) < addDays(d0, -10));
    if (!kids.length) return addDays(d0, 60);
    // Sometimes a run of incidents first: three in a year is MARAC's potential escalation.
    if (r.chance(0.15))
      for (const back of [r.int(150, 300), r.int(40, 140)]) this.incident(maxDate(addDays(d0, -back), addDays(kids[0].date_of_birth as string, 1)), kids);
    this.incident(addDays(d0, -r.int(0, 5)), kids);
    this.referral(kids[0], 'CHILDRENS_SOCIAL_CARE', d0, {
      from: Role.AGENCY_REPRESENTATIVE,
      fromAgency: AgencyKind.POLICE,
      outcome: 'ACCEPTED',
      reason: 'Police domestic abuse notification; children present.',
    });
    const assessedOn = minDate(addDays(d0, r.int(5, 25)), asOf);
    const outcome = r.weighted([
      ['NFA', 14],
      ['EARLY_HELP', 8],
      ['CIN', 56],
      ['CP', 22],
    ] as const);
    const mentalHealth = r.chance(0.3);
    for (const child of kids) this.assessment(child, assessedOn, outcome, mentalHealth);

    if (r.chance(0.45)) this.dashAndMarac(addDays(d0, r.int(1, 10)), kids);
    if (outcome === 'NFA') return assessedOn;

    const level = outcome === 'CP' ? 'CP_PLAN' : outcome === 'EARLY_HELP' ? 'EARLY_HELP' : 'CIN';
    const plan: { kind: string; to: string; on: string }[] = [];
    const current = level;
    let t = assessedOn;
    // Revolving door: up, down, up again inside two years.
    const churn = level !== 'EARLY_HELP' && r.chance(0.15);
    const meeting =
      level === 'CP_PLAN'
        ? this.meeting('INITIAL_CP_CONFERENCE', assessedOn, kids, r.chance(0.25) ? 'none' : 'conference')
        : r.chance(0.35)
          ? this.meeting(
              level === 'CIN' ? 'CIN_REVIEW' : 'TEAM_AROUND_THE_FAMILY',
              addDays(assessedOn, r.int(20, 40)),
              kids,
              r.chance(0.2) ? 'none' : 'conference',
            )
          : null;
    if (level === 'CP_PLAN' && r.chance(0.3)) this.meeting('STRATEGY_MEETING', addDays(assessedOn, -r.int(1, 4)), kids, 'none');
    if (churn) {
      const steps = current === 'CP_PLAN' ? ['CIN', 'CP_PLAN', 'CIN'] : ['CP_PLAN', 'CIN', 'CP_PLAN'];
      for (const to of steps) {
        t = addDays(t, r.int(60, 150));
        plan.push({ kind: to === 'CP_PLAN' ? 'STEP_UP' : 'STEP_DOWN', to, on: t });
      }
    } else if (current === 'CP_PLAN' && r.chance(0.4)) {
      t = addDays(t, r.int(120, 270));
      plan.push({ kind: 'STEP_DOWN', to: 'CIN', on: t });
    }
    if (meeting && r.chance(0.55))
      this.referral(this.father, 'PERPETRATOR_PROGRAMME', addDays(meeting.on, r.int(0, 7)), {
        from: Role.CASE_PRACTITIONER,
        meetingId: meeting.id,
        reason: 'Agreed at the meeting: behaviour-change work with the father.',
      });
    if (mentalHealth && r.chance(0.5))
      this.referral(this.mother, 'ADULT_MENTAL_HEALTH', addDays(assessedOn, r.int(3, 20)), {
        from: Role.CASE_PRACTITIONER,
        reason: 'Low mood and anxiety since the incidents.',
      });
    if (meeting) this.actions(meeting);

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
        id: episodeId,
        family_id: this.familyId,
        child_id: child.id,
        level: from,
        opened_on: assessedOn,
        closed_on: closed ? closeOn : null,
        closure_reason: closed
          ? r.weighted([
              ['RC7', 70],
              ['RC9', 20],
              ['RC3', 10],
            ] as const)
          : null,
        closure_sub_reason: closed ? subReason : null,
      });
      for (const tr of transitions) {
        this.rows.episode_transition.push({
          id: r.uuid(),
          episode_id: episodeId,
          kind: tr.kind,
          from_level: tr.from,
          to_level: tr.to,
          occurred_on: tr.on,
          decided_by_user_id: this.user.CASE_PRACTITIONER,
          decision_meeting_id: tr.meeting,
          reason: null,
        });
      }
      if (!closed) open = true;
    }
    if (open) {
      // An open case is reviewed: its latest review, in the last few weeks, holds the live plan.
      const now = plan.filter((step) => step.on < asOf).reduce((_, step) => step.to, level as string);
      const reviewOn = addDays(asOf, -r.int(5, 50));
      const type = now === 'CP_PLAN' ? 'CP_REVIEW_CONFERENCE' : now === 'CIN' ? 'CIN_REVIEW' : 'TEAM_AROUND_THE_FAMILY';
      const review = reviewOn > assessedOn ? this.meeting(type, reviewOn, kids, r.chance(0.2) ? 'none' : 'conference') : null;
      if (review) this.actions(review);
      return null;
    }
    if (!this.together && r.chance(0.35)) {
      const back = addDays(closeOn, r.int(10, 150));
      if (back < asOf) {
        this.reconcile(back);
        return back;
      }
    }
    return closeOn;
  }
}
