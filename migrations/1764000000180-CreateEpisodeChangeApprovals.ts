import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closure and step-down approval (issue 18). A partnership says, level by level, whether closing or
 * stepping down an episode at that level needs a manager's approval (no level does until an
 * administrator says so). A practitioner then proposes the change; a manager of the family's agency
 * approves it (and the change is made) or returns it, and the pre-closure risk check shown at that
 * moment is kept with the decision.
 */
export class CreateEpisodeChangeApprovals1764000000180 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE episode_approval_setting (
        level text PRIMARY KEY CHECK (level IN ('UNIVERSAL', 'EARLY_HELP', 'CIN', 'CP_PLAN', 'LAC')),
        requires_approval boolean NOT NULL,
        updated_by_user_id uuid REFERENCES app_user (id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO episode_approval_setting (level, requires_approval)
                   VALUES ('UNIVERSAL', false), ('EARLY_HELP', false), ('CIN', false), ('CP_PLAN', false), ('LAC', false)`);
    await q.query(`
      CREATE TABLE episode_change_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        episode_id uuid NOT NULL REFERENCES episode (id),
        family_id uuid NOT NULL REFERENCES family (id),
        kind text NOT NULL CHECK (kind IN ('CLOSE', 'STEP_DOWN')),
        from_level text NOT NULL,
        to_level text NOT NULL,
        occurred_on date NOT NULL,
        closure_reason text CHECK (closure_reason IN ('RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9')),
        closure_sub_reason text CHECK (closure_sub_reason IN ('PARENTS_SEPARATED', 'PERSON_CAUSING_HARM_LEFT', 'FAMILY_MOVED', 'FAMILY_DISENGAGED', 'OTHER')),
        reason text,
        decision_meeting_id uuid REFERENCES meeting (id),
        proposed_by_user_id uuid NOT NULL REFERENCES app_user (id),
        proposed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        status text NOT NULL DEFAULT 'WAITING' CHECK (status IN ('WAITING', 'APPROVED', 'RETURNED')),
        decided_by_user_id uuid REFERENCES app_user (id),
        decided_at timestamptz,
        decision_note text,
        risk_at_decision jsonb,
        transition_id uuid REFERENCES episode_transition (id),
        CHECK ((kind = 'CLOSE') = (closure_reason IS NOT NULL)),
        CHECK ((status = 'WAITING') = (decided_by_user_id IS NULL)),
        CHECK ((status = 'APPROVED') = (transition_id IS NOT NULL))
      )`);
    // One proposal waiting per episode; the manager's list is read oldest first.
    await q.query(`CREATE UNIQUE INDEX episode_change_proposal_waiting_idx ON episode_change_proposal (episode_id) WHERE status = 'WAITING'`);
    await q.query(`CREATE INDEX episode_change_proposal_family_idx ON episode_change_proposal (family_id, proposed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE episode_change_proposal`);
    await q.query(`DROP TABLE episode_approval_setting`);
  }
}
