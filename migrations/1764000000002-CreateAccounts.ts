import { MigrationInterface, QueryRunner } from 'typeorm';

const AGENCY_KINDS = [
  'POLICE',
  'CHILDRENS_SOCIAL_CARE',
  'EARLY_HELP',
  'HEALTH_GP',
  'HEALTH_VISITING',
  'MIDWIFERY',
  'EMERGENCY_DEPARTMENT',
  'HEALTH_OTHER',
  'EDUCATION',
  'HOUSING',
  'PROBATION',
  'IDVA_SERVICE',
  'SPECIALIST_DVA_SERVICE',
  'PERPETRATOR_PROGRAMME_PROVIDER',
  'ADULT_MENTAL_HEALTH',
  'CAMHS',
  'SUBSTANCE_MISUSE_SERVICE',
  'CHILDRENS_DVA_SERVICE',
  'VOLUNTARY_SECTOR',
];
const ROLES = [
  'ADMIN',
  'MARAC_COORDINATOR',
  'MEETING_CHAIR',
  'AGENCY_REPRESENTATIVE',
  'DVA_SPECIALIST',
  'CASE_PRACTITIONER',
  'PERPETRATOR_WORKER',
  'MANAGER',
  'ANALYST',
];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/** Agencies, user accounts, sign-in attempts and break-glass grants. */
export class CreateAccounts1764000000002 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
        kind text NOT NULL CHECK (kind IN (${list(AGENCY_KINDS)})),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX agency_name_key ON agency (lower(name))`);

    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency (id),
        roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY[${list(ROLES)}]::text[]),
        active boolean NOT NULL DEFAULT true,
        password_hash text NOT NULL,
        tokens_valid_after timestamptz NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
    await q.query(`CREATE INDEX app_user_agency_idx ON app_user (agency_id)`);
    await q.query(`CREATE INDEX app_user_display_name_idx ON app_user (display_name, id)`);

    await q.query(`
      CREATE TABLE login_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email_normalized text NOT NULL,
        client_address text,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_attempt_email_idx ON login_attempt (email_normalized, attempted_at)`);
    await q.query(`CREATE INDEX login_attempt_address_idx ON login_attempt (client_address, attempted_at) WHERE NOT succeeded`);

    await q.query(`
      CREATE TABLE break_glass_grant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id),
        agency_id uuid NOT NULL REFERENCES agency (id),
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        reason text NOT NULL CHECK (length(reason) >= 20),
        granted_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL CHECK (expires_at > granted_at)
      )`);
    await q.query(`CREATE INDEX break_glass_grant_user_idx ON break_glass_grant (user_id, expires_at)`);
    await q.query(`CREATE INDEX break_glass_grant_agency_idx ON break_glass_grant (agency_id, granted_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE break_glass_grant, login_attempt, app_user, agency`);
  }
}
