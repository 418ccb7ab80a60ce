import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = [
  'REVOLVING_DOOR',
  'POST_SEPARATION_CLOSURE',
  'RECONCILIATION_AFTER_CLOSURE',
  'PERSON_CAUSING_HARM_NOT_ENGAGED',
  'RESPONSIBILITY_ON_VICTIM',
  'REFERRAL_NO_FEEDBACK',
  'REFERRAL_DECLINED_ELIGIBILITY',
  'UNMET_COOCCURRING_NEED',
  'FAMILY_NOT_HEARD',
  'INTERPRETER_GAP',
  'OVERDUE_ACTIONS',
  'KINSHIP_WITH_HARMING_FAMILY',
]
  .map((kind) => `'${kind}'`)
  .join(', ');

/** The defaults of docs/domain.md §4.14. Ranges are checked by the service (signal-settings.ts); here only "not negative". */
const DEFAULT_SETTINGS: Array<[string, number]> = [
  ['REVOLVING_DOOR_TRANSITIONS', 3],
  ['REVOLVING_DOOR_TRANSITION_MONTHS', 24],
  ['REVOLVING_DOOR_REOPENINGS', 2],
  ['REVOLVING_DOOR_REOPEN_MONTHS', 12],
  ['RE_REFERRALS', 2],
  ['RE_REFERRAL_MONTHS', 12],
  ['REPEAT_MARAC_MONTHS', 12],
  ['POST_SEPARATION_CLOSURE_DAYS', 28],
  ['RECONCILIATION_AFTER_CLOSURE_MONTHS', 6],
  ['DASH_HIGH_RISK_SCORE', 14],
  ['NOT_ENGAGED_MONTHS', 6],
  ['RESPONSIBILITY_ON_VICTIM_PERCENT', 75],
  ['REFERRAL_NO_FEEDBACK_DAYS', 28],
  ['DECLINED_NO_ALTERNATIVE_DAYS', 28],
  ['FAMILY_NOT_HEARD_MEETINGS', 2],
  ['FAMILY_NOT_HEARD_CHILD_AGE', 5],
];

/**
 * The risk-signal engine: thresholds, the signals themselves (one row per kind, family and subject,
 * kept across re-evaluations so acknowledgements and history survive), their append-only history,
 * and post-separation reviews.
 */
export class CreateRiskSignals1764000000042 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signal_setting (
        key text PRIMARY KEY CHECK (key ~ '^[A-Z][A-Z0-9_]*$'),
        value integer NOT NULL CHECK (value >= 0),
        updated_by_user_id uuid REFERENCES app_user (id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO signal_setting (key, value) SELECT key, value FROM unnest($1::text[], $2::int[]) AS s(key, value)`, [
      DEFAULT_SETTINGS.map(([key]) => key),
      DEFAULT_SETTINGS.map(([, value]) => value),
    ]);

    await q.query(`
      CREATE TABLE risk_signal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        family_id uuid NOT NULL REFERENCES family (id),
        subject_key text NOT NULL,
        person_ids uuid[] NOT NULL DEFAULT '{}',
        severity text NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
        severity_rank smallint GENERATED ALWAYS AS (CASE severity WHEN 'LOW' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END) STORED,
        evidence jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(evidence) = 'array'),
        facts jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(facts) = 'object'),
        state text NOT NULL CHECK (state IN ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
        first_raised_at timestamptz(3) NOT NULL DEFAULT now(),
        last_raised_at timestamptz(3) NOT NULL DEFAULT now(),
        last_evaluated_at timestamptz(3) NOT NULL DEFAULT now(),
        resolved_at timestamptz(3),
        resolution text CHECK (resolution IN ('AUTO', 'REVIEW')),
        acknowledged_by_user_id uuid REFERENCES app_user (id),
        acknowledged_at timestamptz(3),
        acknowledged_note text CHECK (char_length(acknowledged_note) <= 2000),
        CHECK ((state = 'RESOLVED') = (resolved_at IS NOT NULL) AND (resolved_at IS NULL) = (resolution IS NULL)),
        CHECK (state <> 'ACKNOWLEDGED' OR (acknowledged_by_user_id IS NOT NULL AND acknowledged_at IS NOT NULL AND acknowledged_note IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX risk_signal_key ON risk_signal (kind, family_id, subject_key)`);
    // One family's signals (re-evaluation, the family filter) in worklist order.
    await q.query(`CREATE INDEX risk_signal_family_idx ON risk_signal (family_id, severity_rank DESC, last_raised_at DESC, id DESC)`);
    // The worklist: open and acknowledged signals, most severe and most recent first.
    await q.query(`CREATE INDEX risk_signal_worklist_idx ON risk_signal (severity_rank DESC, last_raised_at DESC, id DESC) WHERE state <> 'RESOLVED'`);

    await q.query(`
      CREATE TABLE risk_signal_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        signal_id uuid NOT NULL REFERENCES risk_signal (id),
        family_id uuid NOT NULL REFERENCES family (id),
        kind text NOT NULL CHECK (kind IN ('RAISED', 'ACKNOWLEDGED', 'RESOLVED', 'REOPENED')),
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_user_id uuid REFERENCES app_user (id),
        detail jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX risk_signal_event_family_idx ON risk_signal_event (family_id, occurred_at DESC)`);
    await q.query(`CREATE INDEX risk_signal_event_signal_idx ON risk_signal_event (signal_id, occurred_at)`);
    // The history is for the timeline and audit: it is added to, never changed.
    await q.query(`
      CREATE FUNCTION risk_signal_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'risk_signal_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER risk_signal_event_append_only BEFORE UPDATE OR DELETE ON risk_signal_event
      FOR EACH ROW EXECUTE FUNCTION risk_signal_event_append_only()`);

    await q.query(`
      CREATE TABLE post_separation_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES family (id),
        episode_id uuid REFERENCES episode (id),
        reviewed_on date NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('CLOSURE_CONFIRMED', 'SUPPORT_ARRANGED', 'REFERRED_ON', 'EPISODE_TO_REOPEN')),
        note text CHECK (char_length(note) <= 2000),
        recorded_by_user_id uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX post_separation_review_family_idx ON post_separation_review (family_id, reviewed_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE post_separation_review, risk_signal_event, risk_signal, signal_setting`);
    await q.query(`DROP FUNCTION risk_signal_event_append_only()`);
  }
}
