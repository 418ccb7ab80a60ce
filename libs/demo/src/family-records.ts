import { codeWords } from '@waymark/platform';
import { AgencyKind, Role } from '@waymark/access';
import { GenerationSettings, INTERPRETER_RATE, LANGUAGES, emptyRows, ETHNICITY, maracDate, maracSittingRows, Row } from './generated-rows';
import { Partnership } from './partnership';
import { addDays, daysFrom, maxDate, minDate, Prng } from './prng';

/**
 * One family's records and the primitive events written into them (a person, an incident, a
 * referral with its dated history, a meeting with participation and actions, a separation…). The
 * story of the family, which of these happen and when, is FamilyBuilder's.
 */
/** How long an action past its due date may still be open in a generated history (weeks, not years). */
export const RECENTLY_DUE_DAYS = 42;

export abstract class FamilyRecords {
  readonly rows = emptyRows();
  protected readonly rng: Prng;
  protected readonly p: Partnership;
  readonly familyId: string;
  protected readonly user: Record<Role, string>;
  protected readonly agency: Record<AgencyKind, string>;
  mother!: Row;
  father!: Row;
  children: Row[] = [];
  protected coupleId = '';
  protected together = true;
  protected lastMaracOn: string | null = null;
  protected incidentsOn: string[] = [];
  protected position = 0;

  /** `stream` names the family's own PRNG stream: the family's index in the run unless given. */
  constructor(
    protected readonly s: GenerationSettings,
    readonly index: number,
    stream = `${s.seed}:family:${index}`,
  ) {
    this.rng = new Prng(stream);
    this.p = s.partnership;
    this.user = s.partnership.userByRole;
    this.agency = s.partnership.agencyByKind;
    this.familyId = this.rng.uuid();
    this.position = index;
  }

  protected person(given: string, family: string, dob: string, gender: string, extra: Row = {}): Row {
    const r = this.rng;
    const needsInterpreter = extra.adult ? r.chance(INTERPRETER_RATE[this.s.area]) : false;
    const row: Row = {
      id: r.uuid(),
      given_name: given,
      family_name: family,
      date_of_birth: dob,
      gender,
      ethnicity_group: extra.ethnicity ?? r.weighted(ETHNICITY[this.s.area]),
      first_language: needsInterpreter ? r.pick(LANGUAGES) : 'English',
      interpreter_needed: needsInterpreter,
      postcode_area: extra.postcode ?? null,
      created_by_user_id: this.user.CASE_PRACTITIONER,
      no_recourse_to_public_funds: needsInterpreter && r.chance(0.3),
      confidential_address: null,
      safe_contact_details: null,
    };
    this.rows.person.push(row);
    return row;
  }

  protected coupleStatus(status: string, on: string, left: string | null): void {
    this.rows.couple_status_event.push({
      id: this.rng.uuid(),
      relationship_id: this.coupleId,
      family_id: this.familyId,
      status,
      occurred_on: on,
      left_household_person_id: left,
      recorded_by_user_id: this.user.CASE_PRACTITIONER,
    });
  }

  // ---- one involvement: incident, referral, assessment, episodes, meetings, referrals on ----

  /** One cycle of involvement from day d0; returns the day it ended (or null when it is still open). */
  protected incident(on: string, kids: Row[]): void {
    const r = this.rng;
    const id = r.uuid();
    this.incidentsOn.push(on);
    this.rows.incident.push({
      id,
      family_id: this.familyId,
      occurred_on: on,
      reporting_agency_id: this.agency.POLICE,
      kind: 'POLICE_DA_NOTIFICATION',
      description: 'Police called by a neighbour; verbal and physical abuse reported.',
      recorded_by_user_id: this.user.AGENCY_REPRESENTATIVE,
    });
    this.rows.incident_person.push(
      { incident_id: id, person_id: this.mother.id, role: 'ADULT_VICTIM' },
      { incident_id: id, person_id: this.father.id, role: 'PERSON_CAUSING_HARM' },
    );
    for (const c of kids) this.rows.incident_person.push({ incident_id: id, person_id: c.id, role: 'CHILD_PRESENT' });
  }

  protected assessment(child: Row, on: string, outcome: string, mentalHealth: boolean): void {
    const r = this.rng;
    // docs/domain.md §8.1: 3B in 86-91% of DVA assessments, 3A 13-15%, parental mental health 28-33%.
    const factors = [
      r.chance(0.885) ? '3B' : '3C',
      ...(r.chance(0.14) ? ['3A'] : []),
      ...(mentalHealth ? ['4B'] : []),
      ...(r.chance(0.12) ? ['1B'] : []),
      ...(r.chance(0.1) ? ['2B'] : []),
      ...(r.chance(0.25) ? ['17A'] : []),
    ];
    this.rows.assessment.push({
      id: r.uuid(),
      family_id: this.familyId,
      child_id: child.id,
      assessed_on: on,
      agency_id: this.agency.CHILDRENS_SOCIAL_CARE,
      factors,
      primary_need: r.chance(0.85) ? 'N1' : 'N4',
      outcome,
      recorded_by_user_id: this.user.CASE_PRACTITIONER,
    });
  }

  protected referral(
    subject: Row,
    type: string,
    on: string,
    o: {
      from: Role;
      fromAgency?: AgencyKind;
      outcome?: string;
      reason: string;
      meetingId?: string;
      marac?: { criteria: string[]; repeat: boolean; judgementReason: string | null };
    },
  ): Row {
    const r = this.rng;
    const asOf = this.s.asOf;
    const id = r.uuid();
    on = minDate(on, asOf);
    const fromUser = this.user[o.from];
    const consent = type === 'PERPETRATOR_PROGRAMME' || type === 'ADULT_MENTAL_HEALTH' ? (r.chance(0.85) ? 'GIVEN' : 'REFUSED') : 'NOT_SOUGHT';
    const row: Row = {
      id,
      family_id: this.familyId,
      subject_person_id: subject.id,
      service_id: this.p.serviceByType[type as keyof Partnership['serviceByType']],
      service_type: type,
      from_user_id: fromUser,
      from_agency_id: o.fromAgency ? this.agency[o.fromAgency] : this.agency.CHILDRENS_SOCIAL_CARE,
      to_agency_id: this.p.serviceAgencyByType[type as keyof Partnership['serviceByType']],
      reason: o.reason,
      consent,
      lawful_basis: consent === 'GIVEN' ? null : type === 'MARAC' ? 'PREVENTING_SERIOUS_HARM' : 'SAFEGUARDING_CHILD',
      status: 'SUBMITTED',
      referred_on: on,
      submitted_on: on,
      decided_on: null,
      first_engaged_on: null,
      last_changed_on: on,
      decline_reason: null,
      decline_criterion: null,
      marac_criteria: o.marac?.criteria ?? [],
      is_repeat_marac: o.marac?.repeat ?? false,
      professional_judgement_reason: o.marac?.judgementReason ?? null,
      meeting_id: o.meetingId ?? null,
    };
    this.rows.referral.push(row);
    const change = (from: string | null, to: string, at: string, by: string, decline: [string, string] | null = null) => {
      this.rows.referral_status_change.push({
        id: r.uuid(),
        referral_id: id,
        from_status: from,
        to_status: to,
        occurred_on: at,
        by_user_id: by,
        decline_reason: decline?.[0] ?? null,
        decline_criterion: decline?.[1] ?? null,
      });
      row.status = to;
      row.last_changed_on = at;
    };
    change(null, 'SUBMITTED', on, fromUser);
    // Perpetrator, mental health and substance services decline on eligibility often enough to matter (docs/domain.md §1.3).
    const path =
      o.outcome === 'ACCEPTED'
        ? ['ACCEPTED']
        : r.weighted([
            [[] as string[], 15],
            [['DECLINED'], 20],
            [['ACCEPTED'], 15],
            [['ACCEPTED', 'ENGAGED'], 15],
            [['ACCEPTED', 'ENGAGED', 'COMPLETED'], 20],
            [['ACCEPTED', 'ENGAGED', 'DISENGAGED'], 15],
          ] as const);
    const receiver = type === 'PERPETRATOR_PROGRAMME' ? this.user.PERPETRATOR_WORKER : fromUser;
    let at = on;
    for (const to of path) {
      at = addDays(at, to === 'ACCEPTED' || to === 'DECLINED' ? r.int(1, 21) : r.int(7, 120));
      if (at > asOf) break;
      if (to === 'DECLINED') {
        change('SUBMITTED', 'DECLINED', at, receiver, [
          'ELIGIBILITY',
          r.pick(['Does not accept responsibility for his behaviour', 'A criminal case is pending', 'Current alcohol use not acknowledged']),
        ]);
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

  protected meeting(
    type: string,
    on: string,
    kids: Row[],
    participation: 'none' | 'conference' | 'marac',
    maracReferralId?: string,
  ): { id: string; on: string; itemId: string } | null {
    const r = this.rng;
    const shared = type === 'MARAC';
    if (on > this.s.asOf) return null;
    let id: string;
    if (shared) {
      const sitting = maracSittingRows(this.p, this.s.seed, this.s.maracArea ?? 0, on, 'HELD');
      // Referred again before the sitting that hears her: the case is heard once, at the item already listed.
      if (this.rows.agenda_item.some((item) => item.meeting_id === sitting.meeting[0].id && item.family_id === this.familyId)) return null;
      this.rows.meeting.push(...sitting.meeting);
      this.rows.meeting_agency.push(...sitting.meeting_agency);
      id = sitting.meeting[0].id as string;
    } else {
      id = r.uuid();
      this.rows.meeting.push({
        id,
        type,
        title: `${codeWords(type)} (${this.mother.family_name})`,
        starts_at: `${on}T10:00:00Z`,
        organising_agency_id: this.agency.CHILDRENS_SOCIAL_CARE,
        chair_user_id: this.user.MEETING_CHAIR,
        coordinator_user_id: this.user.CASE_PRACTITIONER,
        status: 'HELD',
      });
      // The agencies around the child at a conference.
      for (const kind of [AgencyKind.CHILDRENS_SOCIAL_CARE, AgencyKind.POLICE, AgencyKind.HEALTH_VISITING, AgencyKind.EDUCATION])
        this.rows.meeting_agency.push({ meeting_id: id, agency_id: this.agency[kind], attended: true });
    }
    const itemId = r.uuid();
    this.rows.agenda_item.push({
      id: itemId,
      meeting_id: id,
      family_id: this.familyId,
      organising_agency_id: shared ? this.agency.POLICE : this.agency.CHILDRENS_SOCIAL_CARE,
      position: shared ? this.position + 1 : 1,
      reason_for_listing: shared ? 'MARAC referral' : 'Planned review',
      marac_referral_id: maracReferralId ?? null,
    });
    const scope: [Row, string][] = [[this.mother, 'ADULT_VICTIM'], [this.father, 'PERSON_CAUSING_HARM'], ...kids.map((k) => [k, 'CHILD'] as [Row, string])];
    for (const [person, role] of scope) {
      this.rows.agenda_item_person.push({ agenda_item_id: itemId, person_id: person.id, scope_role: role });
      let kind: string;
      if (participation === 'none') kind = 'NOT_INVITED';
      else if (participation === 'marac') kind = role === 'ADULT_VICTIM' ? 'VIEWS_VIA_ADVOCATE' : 'NOT_INVITED';
      else
        kind =
          role === 'ADULT_VICTIM'
            ? r.weighted([
                ['ATTENDED', 70],
                ['ATTENDED_PART', 15],
                ['WRITTEN_VIEWS', 15],
              ] as const)
            : role === 'PERSON_CAUSING_HARM'
              ? r.weighted([
                  ['INVITED_DECLINED', 40],
                  ['ATTENDED', 25],
                  ['SEPARATE_MEETING', 15],
                  ['EXCLUDED_FOR_SAFETY', 20],
                ] as const)
              : 'NOT_APPLICABLE';
      const child = role === 'CHILD';
      const age = daysFrom(person.date_of_birth as string, on) / 365;
      this.rows.participation.push({
        id: r.uuid(),
        agenda_item_id: itemId,
        person_id: person.id,
        participation: kind,
        exclusion_reason: kind === 'EXCLUDED_FOR_SAFETY' ? 'Joint attendance unsafe for the mother' : null,
        child_view: child ? (participation === 'conference' && age >= 5 && r.chance(0.6) ? 'DIRECT_WORK' : 'NOT_RECORDED') : null,
        interpreter_provided: person.interpreter_needed ? r.chance(0.6) : null,
        recorded_by_user_id: shared ? this.user.MARAC_COORDINATOR : this.user.CASE_PRACTITIONER,
      });
    }
    return { id, on, itemId };
  }

  /**
   * Actions from a meeting: mostly about the mother (responsibility on the victim). Those due in the
   * past were done (some late) or cancelled; only a few due in the last RECENTLY_DUE_DAYS are still
   * open, for the daily chase, as a partnership that chases its actions would have.
   */
  protected actions(meeting: { id: string; on: string; itemId: string }): void {
    const r = this.rng;
    const asOf = this.s.asOf;
    const n = r.int(1, 2);
    const marac = this.rows.meeting.find((m) => m.id === meeting.id)?.type === 'MARAC';
    for (let i = 0; i < n; i++) {
      const aboutFather = r.chance(0.25);
      const due = addDays(meeting.on, r.int(14, 60));
      const overdue = daysFrom(due, asOf);
      const status = overdue <= 0 || (overdue <= RECENTLY_DUE_DAYS && r.chance(0.45)) ? 'OPEN' : r.chance(0.88) ? 'DONE' : 'CANCELLED';
      const finished = status === 'OPEN' ? null : maxDate(meeting.on, minDate(addDays(due, r.int(-10, 21)), asOf));
      this.rows.meeting_action.push({
        id: r.uuid(),
        meeting_id: meeting.id,
        agenda_item_id: meeting.itemId,
        family_id: this.familyId,
        organising_agency_id: marac ? this.agency.POLICE : this.agency.CHILDRENS_SOCIAL_CARE,
        description: aboutFather
          ? 'Offer the father a behaviour-change assessment'
          : r.pick([
              'Complete safety planning with the mother',
              'Support the mother to apply for a non-molestation order',
              'Sanctuary scheme referral for the mother',
            ]),
        owning_agency_id: aboutFather ? this.agency.PROBATION : this.agency.IDVA_SERVICE,
        owner_user_id: null,
        external_owner_name: aboutFather ? 'Probation duty officer' : 'IDVA duty worker',
        subject_person_id: aboutFather ? this.father.id : this.mother.id,
        subject_scope_role: this.rows.agenda_item_person.find(
          (p) => p.agenda_item_id === meeting.itemId && p.person_id === (aboutFather ? this.father.id : this.mother.id),
        )?.scope_role,
        due_on: due,
        status,
        completion_note: status === 'CANCELLED' ? 'No longer needed' : null,
        completed_on: finished,
        created_by_user_id: marac ? this.user.MARAC_COORDINATOR : this.user.CASE_PRACTITIONER,
      });
    }
  }

  /**
   * A DASH with the mother on `on` and, when it meets a MARAC criterion, a referral to MARAC (from
   * the DVA specialist, no later than `latest`) heard at the area's next sitting; a referral whose
   * sitting is after asOf waits for the scheduled MARAC, unlisted. `highRisk` is the share of DASH
   * scores of 14 or more, `judgedHigh` the share of the others judged high risk all the same.
   */
  protected dashAndMarac(on: string, kids: Row[], o: { highRisk: number; judgedHigh: number; latest?: string } = { highRisk: 0.35, judgedHigh: 0.1 }): void {
    const r = this.rng;
    const asOf = this.s.asOf;
    if (on > asOf) return;
    const score = r.chance(o.highRisk) ? r.int(14, 20) : r.int(3, 13);
    const answers: string[] = Array.from({ length: 24 }, (_, i) => (i < score ? 'YES' : r.chance(0.8) ? 'NO' : 'NOT_KNOWN'));
    for (let i = answers.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [answers[i], answers[j]] = [answers[j], answers[i]];
    }
    const judgement = score >= 14 || r.chance(o.judgedHigh) ? 'HIGH' : r.chance(0.55) ? 'STANDARD' : 'MEDIUM';
    this.rows.risk_assessment.push({
      id: r.uuid(),
      family_id: this.familyId,
      victim_person_id: this.mother.id,
      person_causing_harm_id: this.father.id,
      assessed_on: on,
      assessor_user_id: this.user.DVA_SPECIALIST,
      agency_id: this.agency.SPECIALIST_DVA_SERVICE,
      answers,
      score,
      judgement,
    });
    const yearBefore = addDays(on, -365);
    const escalation = this.incidentsOn.filter((d) => d > yearBefore && d <= on).length >= 3;
    const repeat = this.lastMaracOn !== null && this.lastMaracOn > yearBefore;
    const criteria = [
      ...(score >= 14 ? ['VISIBLE_HIGH_RISK'] : []),
      ...(judgement === 'HIGH' && score < 14 ? ['PROFESSIONAL_JUDGEMENT'] : []),
      ...(escalation ? ['POTENTIAL_ESCALATION'] : []),
      ...(repeat ? ['REPEAT'] : []),
    ];
    if (!criteria.length) return;
    const referredOn = minDate(addDays(on, r.int(0, 3)), minDate(o.latest ?? asOf, asOf));
    const referral = this.referral(this.mother, 'MARAC', referredOn, {
      from: Role.DVA_SPECIALIST,
      fromAgency: AgencyKind.SPECIALIST_DVA_SERVICE,
      outcome: 'ACCEPTED',
      reason: 'High risk of serious harm: recent escalation.',
      marac: {
        criteria,
        repeat,
        judgementReason: criteria.includes('PROFESSIONAL_JUDGEMENT') ? 'Escalating coercive control; she is frightened of him.' : null,
      },
    });
    this.lastMaracOn = referredOn;
    const meeting = this.meeting('MARAC', maracDate(referredOn, asOf, this.s.maracArea ?? 0), kids, 'marac', referral.id as string);
    if (meeting) this.actions(meeting);
  }

  protected separate(on: string): void {
    this.coupleStatus('SEPARATED', on, this.father.id as string);
    const m = this.rows.family_membership.find((x) => x.person_id === this.father.id && x.left_on === null);
    if (m) m.left_on = maxDate(on, m.joined_on as string);
    this.together = false;
  }

  protected reconcile(on: string): void {
    this.coupleStatus('RECONCILED', on, null);
    this.rows.family_membership.push({ id: this.rng.uuid(), family_id: this.familyId, person_id: this.father.id, kind: 'ADULT', joined_on: on, left_on: null });
    this.together = true;
    for (const c of this.rows.child_contact) if (c.ended_on === null) c.ended_on = maxDate(on, c.started_on as string);
  }

  protected contact(child: Row, from: string): void {
    if (from >= this.s.asOf || this.rows.child_contact.some((c) => c.child_id === child.id && c.ended_on === null)) return;
    this.rows.child_contact.push({
      id: this.rng.uuid(),
      family_id: this.familyId,
      child_id: child.id,
      person_causing_harm_id: this.father.id,
      arrangement: this.rng.pick(['SUPERVISED', 'UNSUPERVISED', 'HANDOVER_ONLY']),
      started_on: from,
      ended_on: null,
      recorded_by_user_id: this.user.CASE_PRACTITIONER,
    });
  }
}
