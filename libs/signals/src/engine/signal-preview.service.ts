import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { EntityManager } from 'typeorm';
import { SIGNAL_DEFINITIONS } from '../definitions';
import { SignalSettingsService } from '../settings/signal-settings.service';
import { SignalKind, SignalSeverity } from '../signal-kinds';

/** A signal the change would raise (or add to), as the engine's own definitions find it. */
export interface PreviewedSignal {
  kind: SignalKind;
  subjectKey: string;
  severity: SignalSeverity;
  personIds: string[];
  evidence: Array<{ type: string; id: string; date: string; label: string }>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind of signal has its own facts
  facts: Record<string, any>;
}

/** Writes the proposed record into the open transaction and returns its id; it is always rolled back. */
export type ProposedChange = (manager: EntityManager) => Promise<string>;

const COLUMNS = 'family_id, subject_key, person_ids, severity, evidence, facts';

/** Every definition's SQL as one SELECT (the same SQL the evaluator writes into its candidates). */
const CANDIDATES = `WITH parameters AS (SELECT $1::uuid[], $2::date, $3::jsonb)
  ${SIGNAL_DEFINITIONS.map((d) => `SELECT '${d.kind}'::text AS kind, c.* FROM (${d.sql}) AS c(${COLUMNS})`).join('\nUNION ALL\n')}`;

/**
 * What a change not yet made would raise: the real signal definitions, run for one family on the
 * record as it would stand with the change written, inside a savepoint that is then rolled back (so
 * nothing of it is ever seen or kept, by this request or any other). A signal counts when it is new, or when the change's own
 * record is in its evidence (a revolving door it would add to). No threshold is repeated here.
 */
@Injectable()
export class SignalPreview {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly settings: SignalSettingsService,
  ) {}

  async wouldRaise(ctx: RequestContext, familyId: string, asOf: string, change: ProposedChange): Promise<PreviewedSignal[]> {
    const parameters = [[familyId], asOf, JSON.stringify(await this.settings.values(ctx))];
    // In a mutation: a savepoint in its transaction, which sees what the mutation has written and locked.
    if (ctx.inTransaction) return preview(this.db.manager(ctx), parameters, change);
    // In a query: a connection of its own, never bound to the request's context, which the other
    // resolvers of the same request share (they must not read, or write their audit, inside it).
    const runner = this.db.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      return await preview(runner.manager, parameters, change);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }
}

async function preview(manager: EntityManager, parameters: unknown[], change: ProposedChange): Promise<PreviewedSignal[]> {
  await manager.query(`SAVEPOINT signal_preview`);
  try {
    const before = new Set((await candidates(manager, parameters)).map(key));
    const recordId = await change(manager);
    const after = await candidates(manager, parameters);
    return after.filter((signal) => !before.has(key(signal)) || signal.evidence.some((e) => e.id === recordId));
  } finally {
    await manager.query(`ROLLBACK TO SAVEPOINT signal_preview`);
    await manager.query(`RELEASE SAVEPOINT signal_preview`);
  }
}

const key = (signal: PreviewedSignal) => `${signal.kind}|${signal.subjectKey}`;

async function candidates(manager: EntityManager, parameters: unknown[]): Promise<PreviewedSignal[]> {
  const rows: Array<Record<string, never>> = await manager.query(`${CANDIDATES} ORDER BY 1, 3`, parameters);
  return rows.map((row) => ({
    kind: row.kind,
    subjectKey: row.subject_key,
    severity: row.severity,
    personIds: row.person_ids,
    evidence: row.evidence,
    facts: row.facts,
  }));
}
