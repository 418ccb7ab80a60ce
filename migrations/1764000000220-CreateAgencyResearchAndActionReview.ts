import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SafeLives MARAC process: each invited agency's research on each case before the meeting (facts
 * apart from opinion, what it held back and why), reminders to agencies that have not researched,
 * whether an agency that sent apologies sent its information, and the review of earlier actions at the
 * next MARAC. A MARAC referral made from a DASH keeps the assessment, its score and the criteria
 * checks with their evidence, so nothing is typed twice.
 */
export class CreateAgencyResearchAndActionReview1764000000220 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency_research (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agenda_item_id uuid NOT NULL REFERENCES agenda_item (id),
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        family_id uuid NOT NULL REFERENCES family (id),
        organising_agency_id uuid NOT NULL REFERENCES agency (id),
        agency_id uuid NOT NULL REFERENCES agency (id),
        holds_records boolean NOT NULL,
        victim_facts text,
        person_causing_harm_facts text,
        children_facts text,
        professional_opinion text,
        not_shared text,
        not_shared_reason text,
        researched_on date NOT NULL,
        researcher_user_id uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (agenda_item_id, agency_id),
        CHECK ((not_shared IS NULL) = (not_shared_reason IS NULL)),
        CHECK (holds_records OR (victim_facts IS NULL AND person_causing_harm_facts IS NULL AND children_facts IS NULL))
      )`);
    await q.query(`CREATE INDEX agency_research_meeting_idx ON agency_research (meeting_id, agency_id)`);
    await q.query(`
      CREATE TABLE research_reminder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        agency_id uuid NOT NULL REFERENCES agency (id),
        outstanding_cases integer NOT NULL CHECK (outstanding_cases > 0),
        recipients integer NOT NULL,
        sent_by_user_id uuid NOT NULL REFERENCES app_user (id),
        sent_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX research_reminder_meeting_idx ON research_reminder (meeting_id, agency_id, sent_at DESC)`);
    await q.query(`ALTER TABLE meeting_agency ADD COLUMN information_sent boolean`);
    await q.query(`ALTER TABLE meeting_agency ADD CONSTRAINT meeting_agency_information_sent_only_absent CHECK (information_sent IS NULL OR attended = false)`);
    await q.query(`
      CREATE TABLE action_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id),
        action_id uuid NOT NULL REFERENCES meeting_action (id),
        organising_agency_id uuid NOT NULL REFERENCES agency (id),
        owning_agency_id uuid NOT NULL REFERENCES agency (id),
        outcome text NOT NULL CHECK (outcome IN ('DONE', 'STILL_OPEN', 'NOT_DONE_CIRCUMSTANCES_CHANGED', 'NOT_DONE_AGENCY_DID_NOT_ACT')),
        previous_due_on date NOT NULL,
        new_due_on date,
        completed_on date,
        note text,
        reviewed_by_user_id uuid NOT NULL REFERENCES app_user (id),
        reviewed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (meeting_id, action_id),
        CHECK ((outcome = 'STILL_OPEN') = (new_due_on IS NOT NULL)),
        CHECK ((outcome = 'DONE') = (completed_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX action_review_action_idx ON action_review (action_id, reviewed_at)`);
    await q.query(`ALTER TABLE referral ADD COLUMN risk_assessment_id uuid REFERENCES risk_assessment (id)`);
    await q.query(`ALTER TABLE referral ADD COLUMN dash_score integer`);
    await q.query(`ALTER TABLE referral ADD COLUMN marac_criteria_checks jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referral DROP COLUMN marac_criteria_checks, DROP COLUMN dash_score, DROP COLUMN risk_assessment_id`);
    await q.query(`DROP TABLE action_review`);
    await q.query(`ALTER TABLE meeting_agency DROP CONSTRAINT meeting_agency_information_sent_only_absent, DROP COLUMN information_sent`);
    await q.query(`DROP TABLE research_reminder`);
    await q.query(`DROP TABLE agency_research`);
  }
}
