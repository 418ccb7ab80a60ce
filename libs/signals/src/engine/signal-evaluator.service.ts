import { Injectable } from '@nestjs/common';
import { JsonLogger, RequestContext, TransactionalConnection } from '@waymark/platform';
import { SIGNAL_DEFINITIONS } from '../definitions';
import { SignalSettingsService } from '../settings/signal-settings.service';
import { SignalDefinition } from '../signal-definition';
import { DefinitionParameters, FULL_RUN_SETTINGS, SignalCandidates } from './signal-candidates';
import { mergeCandidates } from './signal-merge';

/** Every evaluation, and every change to a signal's state by a person, holds this lock (exclusive, shared). */
export const SIGNALS_LOCK = 0x5167_0001;

export interface EvaluationScope {
  /** The families to re-evaluate; null for all (the nightly run, the CLI). */
  familyIds: string[] | null;
  /** The date the signals are computed as of ('YYYY-MM-DD'). */
  asOf: string;
  /** Date the signals this run raises by their latest evidence, not now (the demo's first evaluation; see mergeCandidates). */
  raisedOnEvidence?: boolean;
}

export interface EvaluationSummary {
  candidates: number;
  raised: number;
  reopened: number;
  resolved: number;
  /** How many database connections ran the definitions. */
  connections: number;
  durationMs: number;
}

/**
 * The one evaluator for incremental and full runs: the same SQL with a different scope, so the two
 * agree by construction. The definitions write their candidates (SignalCandidates); a set-based
 * merge then raises new signals, re-opens resolved ones that hold again, refreshes the rest, and
 * resolves those in scope that no longer hold. Each state change appends to risk_signal_event.
 */
@Injectable()
export class SignalEvaluator {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly settings: SignalSettingsService,
    private readonly candidates: SignalCandidates,
    private readonly logger: JsonLogger,
  ) {}

  /** The definitions in force (tests may evaluate a subset). */
  readonly definitions: SignalDefinition[] = SIGNAL_DEFINITIONS;

  evaluate(ctx: RequestContext, scope: EvaluationScope): Promise<EvaluationSummary> {
    return this.db.withTransaction(ctx, async (tx) => {
      const started = Date.now();
      const manager = this.db.manager(tx);
      const familyIds = scope.familyIds ? [...new Set(scope.familyIds)].sort() : null;
      if (familyIds && !familyIds.length) return { candidates: 0, raised: 0, reopened: 0, resolved: 0, connections: 0, durationMs: 0 };
      // One evaluation at a time: two merging the same family at once would race on its signals.
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [SIGNALS_LOCK]);
      await manager.query(familyIds ? `SET LOCAL jit = off` : FULL_RUN_SETTINGS);
      const thresholds = await this.settings.values(tx);
      const kinds = this.definitions.map((d) => d.kind);
      const parameters: DefinitionParameters = [familyIds, scope.asOf, JSON.stringify(thresholds)];
      const found = familyIds
        ? await this.candidates.forFamilies(manager, this.definitions, parameters)
        : await this.candidates.forAll(manager, this.definitions, parameters);
      const merged = await mergeCandidates(manager, found, familyIds, kinds, scope.raisedOnEvidence ?? false);
      // The run's mark: when these families (or all) were last evaluated, for every signal in them.
      await manager.query(
        `INSERT INTO signal_evaluation_mark (scope, evaluated_at) SELECT scope, now() FROM unnest($1::text[]) AS scope
         ON CONFLICT (scope) DO UPDATE SET evaluated_at = excluded.evaluated_at`,
        [familyIds ?? ['ALL']],
      );
      await this.candidates.clear(manager, found);
      await manager.query(`SET LOCAL jit TO DEFAULT; SET LOCAL enable_nestloop TO DEFAULT; SET LOCAL work_mem TO DEFAULT`);
      const summary = { candidates: found.count, ...merged, connections: found.connections, durationMs: Date.now() - started };
      this.logger.event('info', 'signals.evaluated', { families: familyIds ? familyIds.length : 'all', asOf: scope.asOf, ...summary });
      return summary;
    });
  }
}
