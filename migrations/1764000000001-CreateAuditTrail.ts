import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit trail. A BEFORE INSERT trigger numbers each row from a one-row chain head
 * (locked FOR UPDATE, so concurrent writers chain in commit order), links it to the previous row's
 * hash and hashes its content. Verification recomputes with the same function.
 */
export class CreateAuditTrail1764000000001 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_event (
        id bigint PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_user_id uuid,
        actor_agency_id uuid,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text,
        request_id text,
        client_address text,
        reason text,
        detail jsonb,
        previous_hash text NOT NULL,
        hash text NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_event_subject_idx ON audit_event (subject_type, subject_id, id)`);
    await q.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_user_id, id)`);
    await q.query(`CREATE INDEX audit_event_agency_idx ON audit_event (actor_agency_id, id)`);

    await q.query(
      `CREATE TABLE audit_chain_head (singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton), last_id bigint NOT NULL, last_hash text NOT NULL)`,
    );
    await q.query(`CREATE FUNCTION audit_genesis_hash() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT repeat('0', 64) $$`);
    await q.query(`INSERT INTO audit_chain_head (last_id, last_hash) VALUES (0, audit_genesis_hash())`);

    await q.query(`
      CREATE FUNCTION audit_event_hash(previous_hash text, e audit_event) RETURNS text LANGUAGE sql STABLE AS $$
        -- A JSON array: every field keeps its place and its nulls, so text cannot slide between fields.
        SELECT encode(sha256(convert_to(jsonb_build_array(
          previous_hash,
          e.id,
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          e.actor_user_id,
          e.actor_agency_id,
          e.action,
          e.subject_type,
          e.subject_id,
          e.request_id,
          e.client_address,
          e.reason,
          e.detail
        )::text, 'UTF8')), 'hex')
      $$`);

    await q.query(`
      CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE head audit_chain_head;
      BEGIN
        SELECT * INTO head FROM audit_chain_head FOR UPDATE;
        NEW.id := head.last_id + 1;
        NEW.occurred_at := clock_timestamp();
        NEW.previous_hash := head.last_hash;
        NEW.hash := audit_event_hash(head.last_hash, NEW);
        UPDATE audit_chain_head SET last_id = NEW.id, last_hash = NEW.hash;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`);

    await q.query(`
      CREATE FUNCTION audit_event_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_immutable BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_reject_change()`);
    await q.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_reject_change()`);

    // The head may only move from inside the chaining trigger.
    await q.query(`
      CREATE FUNCTION audit_chain_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF pg_trigger_depth() < 2 THEN
          RAISE EXCEPTION 'audit_chain_head only changes when an audit event is inserted' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER audit_chain_head_guard BEFORE UPDATE OR DELETE ON audit_chain_head FOR EACH ROW EXECUTE FUNCTION audit_chain_head_guard()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_chain_head`);
    await q.query(`DROP TABLE audit_event`);
    await q.query(
      `DROP FUNCTION audit_chain_head_guard(), audit_event_reject_change(), audit_event_chain(), audit_event_hash(text, audit_event), audit_genesis_hash()`,
    );
  }
}
