import { MigrationInterface, QueryRunner } from 'typeorm';

const SERVICE_TYPES = `'PERPETRATOR_PROGRAMME', 'ADULT_MENTAL_HEALTH', 'CAMHS', 'SUBSTANCE_MISUSE', 'IDVA', 'CHILDREN_DVA_SUPPORT', 'HOUSING',
  'FAMILY_GROUP_CONFERENCE', 'EARLY_HELP', 'CHILDRENS_SOCIAL_CARE', 'MARAC', 'OTHER'`;
const STATUSES = `'DRAFT', 'SUBMITTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'ENGAGED', 'COMPLETED', 'DISENGAGED'`;
const DECLINE_REASONS = `'ELIGIBILITY', 'CAPACITY', 'DUPLICATE', 'NOT_APPROPRIATE', 'OTHER'`;
const MARAC_CRITERIA = `'VISIBLE_HIGH_RISK', 'PROFESSIONAL_JUDGEMENT', 'POTENTIAL_ESCALATION', 'REPEAT'`;

/** The catalogue of agencies' services, referrals to them, and each referral's dated status history. */
export class CreateServicesAndReferrals1764000000011 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 200),
        type text NOT NULL CHECK (type IN (${SERVICE_TYPES})),
        eligibility_notes text CHECK (char_length(eligibility_notes) <= 2000),
        accepts_self_referral boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX service_agency_name_key ON service (agency_id, lower(name))`);
    await q.query(`CREATE INDEX service_type_idx ON service (type)`);

    await q.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        subject_person_id uuid NOT NULL REFERENCES person (id),
        service_id uuid NOT NULL REFERENCES service (id),
        from_user_id uuid NOT NULL REFERENCES app_user (id),
        from_agency_id uuid NOT NULL REFERENCES agency (id),
        -- The service's agency, kept on the row so the receiving side's access filter is one indexed comparison.
        to_agency_id uuid NOT NULL REFERENCES agency (id),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 4000),
        consent text NOT NULL CHECK (consent IN ('GIVEN', 'REFUSED', 'NOT_SOUGHT')),
        lawful_basis text CHECK (lawful_basis IN ('SAFEGUARDING_CHILD', 'PREVENTING_SERIOUS_HARM', 'PREVENTION_OR_DETECTION_OF_CRIME', 'VITAL_INTERESTS', 'COURT_ORDER', 'OTHER')),
        lawful_basis_note text CHECK (char_length(lawful_basis_note) <= 2000),
        status text NOT NULL CHECK (status IN (${STATUSES})),
        referred_on date NOT NULL,
        submitted_on date,
        decided_on date,
        first_engaged_on date,
        last_changed_on date NOT NULL,
        decline_reason text CHECK (decline_reason IN (${DECLINE_REASONS})),
        decline_criterion text CHECK (char_length(decline_criterion) <= 500),
        marac_criteria text[] NOT NULL DEFAULT '{}' CHECK (marac_criteria <@ ARRAY[${MARAC_CRITERIA}]::text[]),
        is_repeat_marac boolean NOT NULL DEFAULT false,
        professional_judgement_reason text CHECK (char_length(professional_judgement_reason) <= 2000),
        -- Set when a referral is made at a meeting; the meetings work adds the foreign key.
        meeting_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        -- Sharing without consent needs a lawful basis, and OTHER needs saying what it is.
        CHECK (consent = 'GIVEN' OR lawful_basis IS NOT NULL),
        CHECK (lawful_basis IS DISTINCT FROM 'OTHER' OR lawful_basis_note IS NOT NULL),
        CHECK (status IN ('DRAFT', 'WITHDRAWN') OR submitted_on IS NOT NULL),
        CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL)),
        CHECK (decline_reason IS DISTINCT FROM 'ELIGIBILITY' OR decline_criterion IS NOT NULL),
        CHECK (submitted_on IS NULL OR submitted_on >= referred_on),
        CHECK (decided_on IS NULL OR decided_on >= submitted_on),
        CHECK (first_engaged_on IS NULL OR first_engaged_on >= decided_on)
      )`);
    await q.query(`CREATE INDEX referral_family_idx ON referral (family_id, referred_on DESC, id DESC)`);
    await q.query(`CREATE INDEX referral_to_agency_idx ON referral (to_agency_id, referred_on DESC, id DESC)`);
    await q.query(`CREATE INDEX referral_from_agency_idx ON referral (from_agency_id, referred_on DESC, id DESC)`);
    await q.query(`CREATE INDEX referral_from_user_idx ON referral (from_user_id)`);
    // MARAC referrals for a subject (repeat detection), and referrals about a person generally.
    await q.query(`CREATE INDEX referral_subject_idx ON referral (subject_person_id, submitted_on)`);
    await q.query(`CREATE INDEX referral_service_idx ON referral (service_id)`);

    await q.query(`
      CREATE TABLE referral_status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES referral (id),
        from_status text CHECK (from_status IN (${STATUSES})),
        to_status text NOT NULL CHECK (to_status IN (${STATUSES})),
        occurred_on date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        by_user_id uuid NOT NULL REFERENCES app_user (id),
        note text CHECK (char_length(note) <= 2000),
        decline_reason text CHECK (decline_reason IN (${DECLINE_REASONS})),
        decline_criterion text CHECK (char_length(decline_criterion) <= 500)
      )`);
    await q.query(`CREATE INDEX referral_status_change_referral_idx ON referral_status_change (referral_id, occurred_on, recorded_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE referral_status_change, referral, service`);
  }
}
