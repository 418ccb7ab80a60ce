import { randomUUID } from 'node:crypto';
import { AgencyEntity, AgencyKind, Role } from '../../libs/access/src';
import { anAgency, aUser, SignedInUser } from './factories';
import { TestApp } from './test-app';

export interface InScope {
  role: 'ADULT_VICTIM' | 'PERSON_CAUSING_HARM' | 'CHILD' | 'WIDER_FAMILY' | 'OTHER_ADULT';
  participation?: string;
  exclusionReason?: string;
  childView?: string;
  interpreterNeeded?: boolean;
  interpreterProvided?: boolean;
  gender?: string;
  ethnicityGroup?: string;
  disability?: string;
}

export interface ItemOptions {
  /** The MARAC referral that listed the case: from which agency, and whether it was a repeat. */
  maracReferral?: { serviceId: string; fromAgencyId: string; repeat: boolean };
  /** A child member of the family's household, and when they left (if they did). */
  childMember?: { leftOn?: string };
}

/**
 * A hand-built reporting world written straight to the tables the reports read, so each figure is
 * known exactly (the meetings, participation and journey features that normally write these rows
 * have their own tests). Agency A organises the meetings counted; agency B is someone else's.
 */
export class ReportWorld {
  private positions = new Map<string, number>();

  private constructor(
    readonly t: TestApp,
    readonly agencyA: AgencyEntity,
    readonly agencyB: AgencyEntity,
    readonly managerA: SignedInUser,
    readonly managerB: SignedInUser,
    readonly coordinatorA: SignedInUser,
    readonly analyst: SignedInUser,
    readonly practitionerA: SignedInUser,
    readonly perpetratorWorker: SignedInUser,
  ) {}

  static async create(t: TestApp): Promise<ReportWorld> {
    const area = randomUUID().slice(0, 6);
    const agencyA = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE, `Eastfield ${area} Children's Services`);
    const agencyB = await anAgency(t, AgencyKind.CHILDRENS_SOCIAL_CARE, `Westfield ${area} Children's Services`);
    const research = await anAgency(t, AgencyKind.VOLUNTARY_SECTOR, `Partnership ${area} Research`);
    return new ReportWorld(
      t,
      agencyA,
      agencyB,
      await aUser(t, [Role.MANAGER], agencyA),
      await aUser(t, [Role.MANAGER], agencyB),
      await aUser(t, [Role.MARAC_COORDINATOR], agencyA),
      await aUser(t, [Role.ANALYST], research),
      await aUser(t, [Role.CASE_PRACTITIONER], agencyA),
      await aUser(t, [Role.PERPETRATOR_WORKER], agencyA),
    );
  }

  private q(sql: string, params: unknown[]) {
    return this.t.dataSource.query(sql, params);
  }

  async family(agencyId = this.agencyA.id): Promise<string> {
    const [row] = await this.q(`INSERT INTO family (name, agency_id) VALUES ($1, $2) RETURNING id`, [`Family ${randomUUID().slice(0, 6)}`, agencyId]);
    return row.id;
  }

  async person(
    options: { interpreterNeeded?: boolean; dateOfBirth?: string; gender?: string; ethnicityGroup?: string; disability?: string } = {},
  ): Promise<string> {
    const [row] = await this.q(
      `INSERT INTO person (given_name, family_name, gender, ethnicity_group, interpreter_needed, date_of_birth, disability, confidential_address, created_by_user_id)
       VALUES ('Test', $1, $2, $3, $4, $5, $6, 'Refuge, 1 Hidden Lane', $7) RETURNING id`,
      [
        `Person ${randomUUID().slice(0, 6)}`,
        options.gender ?? 'FEMALE',
        options.ethnicityGroup ?? 'WHITE',
        options.interpreterNeeded ?? false,
        options.dateOfBirth ?? '1990-01-01',
        options.disability ?? null,
        this.managerA.id,
      ],
    );
    return row.id;
  }

  async meeting(type: string, day: string, options: { agencyId?: string; status?: string } = {}): Promise<string> {
    const status = options.status ?? 'HELD';
    const [row] = await this.q(
      `INSERT INTO meeting (type, title, starts_at, organising_agency_id, chair_user_id, coordinator_user_id, status, cancellation_reason)
       VALUES ($1, $2, $3, $4, $5, $5, $6, $7) RETURNING id`,
      [
        type,
        `${type} ${day}`,
        `${day}T10:00:00Z`,
        options.agencyId ?? this.agencyA.id,
        this.coordinatorA.id,
        status,
        status === 'CANCELLED' ? 'Chair unwell' : null,
      ],
    );
    return row.id;
  }

  /** An agenda item about a new family, with the people in scope and what was recorded for each. */
  async item(meetingId: string, people: InScope[], options: ItemOptions = {}): Promise<{ itemId: string; familyId: string }> {
    const [meeting] = await this.q(`SELECT organising_agency_id AS "agencyId", starts_at::date::text AS day FROM meeting WHERE id = $1`, [meetingId]);
    const familyId = await this.family(meeting.agencyId);
    if (options.childMember) {
      const childId = await this.person({ dateOfBirth: '2017-01-01' });
      await this.q(`INSERT INTO family_membership (family_id, person_id, kind, joined_on, left_on) VALUES ($1, $2, 'CHILD', '2017-01-01', $3)`, [
        familyId,
        childId,
        options.childMember.leftOn ?? null,
      ]);
    }
    let referralId: string | null = null;
    if (options.maracReferral) {
      const victimId = await this.person();
      const [referral] = await this.q(
        `INSERT INTO referral (family_id, subject_person_id, service_id, service_type, from_user_id, from_agency_id, to_agency_id, reason, consent, status, referred_on, submitted_on, last_changed_on, is_repeat_marac)
         VALUES ($1, $2, $3, (SELECT type FROM service WHERE id = $3), $4, $5, $6, 'High risk', 'GIVEN', 'SUBMITTED', $7, $7, $7, $8) RETURNING id`,
        [
          familyId,
          victimId,
          options.maracReferral.serviceId,
          this.managerA.id,
          options.maracReferral.fromAgencyId,
          meeting.agencyId,
          meeting.day,
          options.maracReferral.repeat,
        ],
      );
      referralId = referral.id;
    }
    const position = (this.positions.get(meetingId) ?? 0) + 1;
    this.positions.set(meetingId, position);
    const [item] = await this.q(
      `INSERT INTO agenda_item (meeting_id, family_id, organising_agency_id, position, reason_for_listing, marac_referral_id) VALUES ($1, $2, $3, $4, 'Listed for the report test', $5) RETURNING id`,
      [meetingId, familyId, meeting.agencyId, position, referralId],
    );
    for (const p of people) {
      const personId = await this.person({ ...p, dateOfBirth: p.role === 'CHILD' ? '2018-05-01' : undefined });
      await this.q(`INSERT INTO agenda_item_person (agenda_item_id, person_id, scope_role) VALUES ($1, $2, $3)`, [item.id, personId, p.role]);
      if (p.participation) {
        await this.q(
          `INSERT INTO participation (agenda_item_id, person_id, participation, exclusion_reason, child_view, interpreter_provided, recorded_by_user_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [item.id, personId, p.participation, p.exclusionReason ?? null, p.childView ?? null, p.interpreterProvided ?? null, this.coordinatorA.id],
        );
      }
    }
    return { itemId: item.id, familyId };
  }

  /** Allocates a family to a new team of agency A, returning the team id. */
  async allocateToNewTeam(familyId: string): Promise<string> {
    const [team] = await this.q(`INSERT INTO team (agency_id, name) VALUES ($1, $2) RETURNING id`, [this.agencyA.id, `Team ${randomUUID().slice(0, 6)}`]);
    await this.q(`INSERT INTO family_allocation (family_id, team_id, started_on) VALUES ($1, $2, '2024-01-01')`, [familyId, team.id]);
    return team.id;
  }
}

/** A child's episode, with optional assessment and CSC referral from an agency, written straight to the journey tables. */
export async function aChildEpisode(
  w: ReportWorld,
  familyId: string,
  episode: { openedOn: string; level?: string; closedOn?: string; reason?: string; subReason?: string },
  extra: { assessment?: { on: string; factors: string[]; primaryNeed: string }; referral?: { on: string; fromAgencyId: string; serviceId: string } } = {},
): Promise<{ childId: string; episodeId: string }> {
  const q = (sql: string, params: unknown[]) => w.t.dataSource.query(sql, params);
  const childId = await w.person({ dateOfBirth: '2019-02-01' });
  const [row] = await q(
    `INSERT INTO episode (family_id, child_id, level, opened_on, closed_on, closure_reason, closure_sub_reason) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [familyId, childId, episode.level ?? 'CIN', episode.openedOn, episode.closedOn ?? null, episode.reason ?? null, episode.subReason ?? null],
  );
  if (extra.assessment) {
    await q(
      `INSERT INTO assessment (family_id, child_id, assessed_on, agency_id, factors, primary_need, outcome, recorded_by_user_id) VALUES ($1, $2, $3, $4, $5, $6, 'CIN', $7)`,
      [familyId, childId, extra.assessment.on, w.agencyA.id, extra.assessment.factors, extra.assessment.primaryNeed, w.managerA.id],
    );
  }
  if (extra.referral) {
    await q(
      `INSERT INTO referral (family_id, subject_person_id, service_id, service_type, from_user_id, from_agency_id, to_agency_id, reason, consent, status, referred_on, submitted_on, last_changed_on)
       VALUES ($1, $2, $3, (SELECT type FROM service WHERE id = $3), $4, $5, $6, 'Disclosure at school', 'GIVEN', 'SUBMITTED', $7, $7, $7)`,
      [familyId, childId, extra.referral.serviceId, w.managerA.id, extra.referral.fromAgencyId, w.agencyA.id, extra.referral.on],
    );
  }
  return { childId, episodeId: row.id };
}

export async function aService(w: ReportWorld, type = 'CHILDRENS_SOCIAL_CARE'): Promise<string> {
  const [row] = await w.t.dataSource.query(`INSERT INTO service (agency_id, name, type) VALUES ($1, $2, $3) RETURNING id`, [
    w.agencyA.id,
    `${type} ${randomUUID().slice(0, 6)}`,
    type,
  ]);
  return row.id;
}
