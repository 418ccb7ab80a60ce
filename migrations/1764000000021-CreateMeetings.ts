import { MigrationInterface, QueryRunner } from 'typeorm';

const MEETING_TYPES = `'MARAC', 'INITIAL_CP_CONFERENCE', 'CP_REVIEW_CONFERENCE', 'CIN_REVIEW', 'STRATEGY_MEETING', 'FAMILY_GROUP_CONFERENCE', 'TEAM_AROUND_THE_FAMILY', 'MATAC', 'PROFESSIONALS_MEETING'`;
const PARTICIPATION = `'NOT_INVITED', 'INVITED_DECLINED', 'ATTENDED', 'ATTENDED_PART', 'VIEWS_VIA_ADVOCATE', 'WRITTEN_VIEWS', 'SEPARATE_MEETING', 'EXCLUDED_FOR_SAFETY', 'NOT_APPLICABLE'`;

/**
 * Multi-agency meetings, their agendas (one item per family, with the people in scope), decisions
 * and family participation. The decision of a meeting on a child's level is an episode transition,
 * so episode_transition.decision_meeting_id now points at a real meeting.
 */
export class CreateMeetings1764000000021 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL CHECK (type IN (${MEETING_TYPES})),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        starts_at timestamptz NOT NULL,
        organising_agency_id uuid NOT NULL REFERENCES agency (id),
        chair_user_id uuid NOT NULL REFERENCES app_user (id),
        coordinator_user_id uuid NOT NULL REFERENCES app_user (id),
        status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
        cancellation_reason text CHECK (char_length(cancellation_reason) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'CANCELLED') = (cancellation_reason IS NOT NULL))
      )`);
    // The access filters: meetings organised by an agency, meetings someone chairs; lists by date.
    await q.query(`CREATE INDEX meeting_organiser_idx ON meeting (organising_agency_id, starts_at DESC)`);
    await q.query(`CREATE INDEX meeting_chair_idx ON meeting (chair_user_id)`);
    await q.query(`CREATE INDEX meeting_starts_idx ON meeting (starts_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE meeting_agency (
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        agency_id uuid NOT NULL REFERENCES agency (id),
        attended boolean,
        representative_name text CHECK (char_length(representative_name) <= 200),
        PRIMARY KEY (meeting_id, agency_id),
        CHECK (attended IS TRUE OR representative_name IS NULL)
      )`);
    // "Meetings my agency is invited to": the representatives' access fact.
    await q.query(`CREATE INDEX meeting_agency_agency_idx ON meeting_agency (agency_id, meeting_id)`);

    await q.query(`
      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        family_id uuid NOT NULL REFERENCES family (id),
        organising_agency_id uuid NOT NULL REFERENCES agency (id),
        position integer NOT NULL CHECK (position >= 1),
        reason_for_listing text NOT NULL CHECK (char_length(reason_for_listing) BETWEEN 1 AND 2000),
        risk_summary text CHECK (char_length(risk_summary) <= 10000),
        marac_referral_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (meeting_id, family_id),
        UNIQUE (meeting_id, position)
      )`);
    await q.query(`CREATE INDEX agenda_item_family_idx ON agenda_item (family_id)`);
    await q.query(`CREATE INDEX agenda_item_organiser_idx ON agenda_item (organising_agency_id)`);

    await q.query(`
      CREATE TABLE agenda_item_person (
        agenda_item_id uuid NOT NULL REFERENCES agenda_item (id),
        person_id uuid NOT NULL REFERENCES person (id),
        scope_role text NOT NULL CHECK (scope_role IN ('ADULT_VICTIM', 'PERSON_CAUSING_HARM', 'CHILD', 'WIDER_FAMILY', 'OTHER_ADULT')),
        PRIMARY KEY (agenda_item_id, person_id)
      )`);
    await q.query(`CREATE INDEX agenda_item_person_person_idx ON agenda_item_person (person_id)`);

    await q.query(`
      CREATE TABLE agenda_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agenda_item_id uuid NOT NULL REFERENCES agenda_item (id),
        kind text NOT NULL CHECK (kind IN ('STEP_UP', 'STEP_DOWN', 'CLOSE', 'OPEN_EPISODE', 'OTHER')),
        child_id uuid REFERENCES person (id),
        episode_transition_id uuid UNIQUE REFERENCES episode_transition (id),
        text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 4000),
        recorded_by_user_id uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK ((kind = 'OTHER') = (episode_transition_id IS NULL)),
        CHECK (kind = 'OTHER' OR child_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX agenda_decision_item_idx ON agenda_decision (agenda_item_id, recorded_at)`);

    await q.query(`
      CREATE TABLE participation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agenda_item_id uuid NOT NULL,
        person_id uuid NOT NULL,
        participation text NOT NULL CHECK (participation IN (${PARTICIPATION})),
        exclusion_reason text CHECK (char_length(exclusion_reason) <= 2000),
        child_view text CHECK (child_view IN ('DIRECT_WORK', 'VIA_ADVOCATE', 'WRITTEN', 'NOT_RECORDED')),
        interpreter_provided boolean,
        recorded_by_user_id uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (agenda_item_id, person_id),
        FOREIGN KEY (agenda_item_id, person_id) REFERENCES agenda_item_person (agenda_item_id, person_id),
        CHECK ((participation = 'EXCLUDED_FOR_SAFETY') = (exclusion_reason IS NOT NULL))
      )`);

    await q.query(`
      ALTER TABLE episode_transition
        ADD CONSTRAINT episode_transition_decision_meeting_fk FOREIGN KEY (decision_meeting_id) REFERENCES meeting (id)`);
    await q.query(`CREATE INDEX episode_transition_meeting_idx ON episode_transition (decision_meeting_id) WHERE decision_meeting_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX episode_transition_meeting_idx`);
    await q.query(`ALTER TABLE episode_transition DROP CONSTRAINT episode_transition_decision_meeting_fk`);
    await q.query(`DROP TABLE participation, agenda_decision, agenda_item_person, agenda_item, meeting_agency, meeting`);
  }
}
