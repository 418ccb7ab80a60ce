import { Injectable } from '@nestjs/common';
import { Actor, RequestContext, TransactionalConnection } from '@waymark/platform';

export interface AuditRecord {
  /** Dotted verb, e.g. 'user.create', 'person.read', 'break_glass.grant'. */
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** Required for break-glass; free text written by the user. */
  reason?: string;
  /** Non-personal metadata only: field names, counts, codes. */
  detail?: Record<string, unknown>;
  /** Who acted, when it is not the request's caller (sign-in: the account that just signed in). */
  actor?: Actor;
  /**
   * The family whose records this write changed, when the subject is not the family itself (a
   * child's contact arrangement, a review). Family writes are what re-evaluates risk signals.
   */
  familyId?: string;
  /** Several families, for one write that changes all of them (cancelling a meeting about several). */
  familyIds?: string[];
}

export interface AuditChainReport {
  intact: boolean;
  eventsChecked: number;
  firstBrokenEventId: string | null;
  problem: string | null;
}

const INSERT_COLUMNS = 'actor_user_id, actor_agency_id, action, subject_type, subject_id, request_id, client_address, reason, detail';

/**
 * Writes the audit trail. Calls join the caller's transaction, so an audited change and its
 * audit row commit or roll back together.
 */
@Injectable()
export class AuditService {
  constructor(private readonly db: TransactionalConnection) {}

  async record(ctx: RequestContext, record: AuditRecord): Promise<void> {
    const actor = record.actor ?? ctx.actor;
    await this.db
      .manager(ctx)
      .query(`INSERT INTO audit_event (${INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
        actor?.userId ?? null,
        actor?.agencyId ?? null,
        record.action,
        record.subjectType,
        record.subjectId ?? null,
        ctx.requestId,
        ctx.clientAddress ?? null,
        record.reason ?? null,
        record.detail ? JSON.stringify(record.detail) : null,
      ]);
    ctx.auditEventsWritten++;
    if (record.subjectType === 'Family' && record.subjectId) ctx.noteFamilyChanged(record.subjectId);
    if (record.familyId) ctx.noteFamilyChanged(record.familyId);
    for (const familyId of record.familyIds ?? []) ctx.noteFamilyChanged(familyId);
  }

  /** For domain services: one row per person record read, in one statement. */
  async recordReads(ctx: RequestContext, subjectType: string, subjectIds: string[]): Promise<void> {
    if (!subjectIds.length) return;
    await this.db.manager(ctx).query(
      `INSERT INTO audit_event (${INSERT_COLUMNS})
       SELECT $1, $2, $3, $4, subject_id, $5, $6, NULL, NULL FROM unnest($7::text[]) AS subject_id`,
      [
        ctx.actor?.userId ?? null,
        ctx.actor?.agencyId ?? null,
        `${subjectType.toLowerCase()}.read`,
        subjectType,
        ctx.requestId,
        ctx.clientAddress ?? null,
        [...new Set(subjectIds)],
      ],
    );
  }

  /**
   * Recomputes every row's hash in the database with the same function the insert trigger used,
   * and reports the first row whose content, link or numbering does not hold.
   */
  async verifyChain(ctx: RequestContext): Promise<AuditChainReport> {
    const [problem] = await this.db.manager(ctx).query(`
      WITH chain AS (
        SELECT e.id, e.previous_hash, e.hash,
               audit_event_hash(e.previous_hash, e) AS recomputed,
               lag(e.hash) OVER (ORDER BY e.id) AS expected_previous,
               lag(e.id) OVER (ORDER BY e.id) AS previous_id
        FROM audit_event e
      )
      SELECT chain.id::text AS id,
             CASE
               WHEN hash <> recomputed THEN 'its content no longer matches its hash'
               WHEN previous_hash <> coalesce(expected_previous, audit_genesis_hash()) THEN 'it does not link to the event before it'
               ELSE 'events before it are missing'
             END AS problem
      FROM chain
      WHERE hash <> recomputed
         OR previous_hash <> coalesce(expected_previous, audit_genesis_hash())
         OR id <> coalesce(previous_id + 1, 1)
      ORDER BY chain.id
      LIMIT 1`);
    const [{ count, max_id: maxId, last_id: lastId }] = await this.db.manager(ctx).query(
      `SELECT count(*)::int AS count, coalesce(max(id), 0)::text AS max_id,
              coalesce((SELECT last_id FROM audit_chain_head), 0)::text AS last_id
       FROM audit_event`,
    );
    if (problem) {
      return { intact: false, eventsChecked: count, firstBrokenEventId: problem.id, problem: `Audit event ${problem.id}: ${problem.problem}.` };
    }
    if (lastId !== maxId) {
      return { intact: false, eventsChecked: count, firstBrokenEventId: maxId, problem: `Events after ${maxId} (up to ${lastId}) are missing.` };
    }
    return { intact: true, eventsChecked: count, firstBrokenEventId: null, problem: null };
  }
}
