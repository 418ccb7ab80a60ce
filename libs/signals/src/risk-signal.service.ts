import { Injectable } from '@nestjs/common';
import { abilityOf, accessibleIdSources, allowed, applyAccessFilter } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { FamilyEntity } from '@waymark/families';
import { BadUserInputError, ConflictError, Connection, Cursor, NotFoundError, RequestContext, toConnection, TransactionalConnection } from '@waymark/platform';
import { QueryFailedError, SelectQueryBuilder } from 'typeorm';
import { AcknowledgeRiskSignalArgs } from './dto/acknowledge-risk-signal.args';
import { RiskSignalsArgs } from './dto/risk-signals.args';
import { SIGNALS_LOCK } from './engine/signal-evaluator.service';
import { RiskSignalEntity } from './risk-signal.entity';
import { SEVERITY_RANK, SIGNAL_AGE_DAYS, SignalState } from './signal-kinds';

const WORKLIST = [SignalState.OPEN, SignalState.ACKNOWLEDGED];
/** Up to this many readable families, the worklist starts from the families; beyond, from the signals. */
const SMALL_CASELOAD = 2000;

/**
 * The signals a caller may see: those on families they may read, filtered in SQL through the
 * Family access rules (so co-work, agendas and break-glass apply as they do to the family itself).
 */
@Injectable()
export class RiskSignalService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  /** Most severe first, then most recently raised; keyset pages. */
  async list(ctx: RequestContext, args: RiskSignalsArgs): Promise<Connection<RiskSignalEntity>> {
    const filter = args.filter ?? {};
    const limit = args.first ?? 20;
    const query = (await this.visibleForWorklist(ctx)).andWhere('s.state IN (:...states)', { states: filter.states?.length ? filter.states : WORKLIST });
    if (filter.kinds?.length) query.andWhere('s.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.familyId) query.andWhere('s.familyId = :familyId', { familyId: filter.familyId });
    if (filter.severityAtLeast) query.andWhere('s.severityRank >= :rank', { rank: SEVERITY_RANK[filter.severityAtLeast] });
    if (filter.firstRaised) {
      const [from, to] = SIGNAL_AGE_DAYS[filter.firstRaised];
      query.andWhere(`s.firstRaisedAt <= now() - make_interval(days => :ageFrom)`, { ageFrom: from });
      if (to !== null) query.andWhere(`s.firstRaisedAt > now() - make_interval(days => :ageTo)`, { ageTo: to });
    }
    if (args.after) {
      const { sortValue, id } = Cursor.decode(args.after);
      const [rank, raisedAt] = sortValue.split('|');
      if (!/^[1-3]$/.test(rank) || Number.isNaN(Date.parse(raisedAt ?? ''))) {
        throw BadUserInputError.field('after', 'is not a cursor this API gave out; use pageInfo.endCursor from the previous page');
      }
      query.andWhere('(s.severityRank, s.lastRaisedAt, s.id) < (:rank_after, :raised_after, :id_after)', {
        rank_after: Number(rank),
        raised_after: raisedAt,
        id_after: id,
      });
    }
    const rows = await query
      .orderBy('s.severityRank', 'DESC')
      .addOrderBy('s.lastRaisedAt', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(limit + 1)
      .getMany()
      .catch((error) => {
        if (args.after && error instanceof QueryFailedError)
          throw BadUserInputError.field('after', 'is not a cursor this API gave out; use pageInfo.endCursor from the previous page');
        throw error;
      });
    return toConnection(rows, limit, (row) => Cursor.encode(`${row.severityRank}|${row.lastRaisedAt.toISOString()}`, row.id));
  }

  /** A signal the caller may see, locked for a change; NOT_FOUND otherwise, revealing nothing. */
  async getForChange(ctx: RequestContext, id: string): Promise<RiskSignalEntity> {
    const signal = await this.visible(ctx).andWhere('s.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!signal) throw new NotFoundError('id: no risk signal you can see has that id.');
    return signal;
  }

  async acknowledge(ctx: RequestContext, args: AcknowledgeRiskSignalArgs): Promise<RiskSignalEntity> {
    const note = args.note.trim();
    if (!note) throw BadUserInputError.field('note', 'say what is being done about it');
    await this.lockAgainstEvaluation(ctx);
    const signal = await this.getForChange(ctx, args.id);
    if (signal.state === SignalState.ACKNOWLEDGED) {
      throw new ConflictError(
        `This signal was already acknowledged on ${signal.acknowledgedAt!.toISOString().slice(0, 10)}; it stays listed until it resolves.`,
      );
    }
    if (signal.state === SignalState.RESOLVED)
      throw new ConflictError(`This signal was resolved on ${signal.resolvedAt!.toISOString().slice(0, 10)}; there is nothing to acknowledge.`);
    Object.assign(signal, { state: SignalState.ACKNOWLEDGED, acknowledgedByUserId: ctx.actor!.userId, acknowledgedAt: new Date(), acknowledgedNote: note });
    await this.db.repository(ctx, RiskSignalEntity).update(signal.id, {
      state: signal.state,
      acknowledgedByUserId: signal.acknowledgedByUserId,
      acknowledgedAt: signal.acknowledgedAt,
      acknowledgedNote: note,
    });
    await this.recordEvent(ctx, [signal], 'ACKNOWLEDGED', {});
    await this.audit.record(ctx, { action: 'risk_signal.acknowledge', subjectType: 'RiskSignal', subjectId: signal.id, detail: { kind: signal.kind } });
    return signal;
  }

  /** Appends to the signals' history, as the caller. */
  async recordEvent(ctx: RequestContext, signals: RiskSignalEntity[], kind: 'ACKNOWLEDGED' | 'RESOLVED', detail: Record<string, unknown>): Promise<void> {
    await this.db.manager(ctx).query(
      `INSERT INTO risk_signal_event (signal_id, family_id, kind, actor_user_id, detail)
       SELECT id, family_id, $3, $4, $5 FROM risk_signal WHERE id = ANY($1::uuid[]) AND family_id = $2`,
      [signals.map((s) => s.id), signals[0].familyId, kind, ctx.actor?.userId ?? null, JSON.stringify(detail)],
    );
  }

  /** A person's change to a signal waits for any evaluation in progress, and evaluations wait for it. */
  async lockAgainstEvaluation(ctx: RequestContext): Promise<void> {
    await this.db.manager(ctx).query(`SELECT pg_advisory_xact_lock_shared($1)`, [SIGNALS_LOCK]);
  }

  /** Families the caller may read, as a subquery: the Family access rules rendered in SQL. */
  readableFamilies(ctx: RequestContext): SelectQueryBuilder<FamilyEntity> {
    const families = this.db.repository(ctx, FamilyEntity).createQueryBuilder('readable_family').select('readable_family.id');
    return applyAccessFilter(families, abilityOf(ctx), 'read', 'Family');
  }

  canReadFamily(ctx: RequestContext, family: FamilyEntity): Promise<boolean> {
    return allowed(ctx, 'read', 'Family', family);
  }

  /**
   * The first page must come fast for a practitioner with a caseload of 250 families and for a
   * manager whose agency holds 100,000, and no one plan suits both: the planner can't tell how many
   * families the access rules let through. So ask: up to SMALL_CASELOAD readable family ids are
   * fetched from the rules' own sources and their signals looked up by family; beyond that, signals
   * are read in worklist order and each one's family checked until the page is full.
   */
  private async visibleForWorklist(ctx: RequestContext): Promise<SelectQueryBuilder<RiskSignalEntity>> {
    const sources = accessibleIdSources(abilityOf(ctx), 'read', 'Family', 'family');
    if (!sources) return this.visible(ctx);
    const rows: Array<{ id: string | null }> = await this.db
      .manager(ctx)
      .query(`SELECT readable.id FROM (${sources.sql}) AS readable LIMIT ${SMALL_CASELOAD + 1}`, sources.params);
    if (rows.length > SMALL_CASELOAD) return this.visible(ctx);
    const familyIds = [...new Set(rows.flatMap((row) => (row.id ? [row.id] : [])))];
    return this.db.repository(ctx, RiskSignalEntity).createQueryBuilder('s').where('s.familyId = ANY(:familyIds)', { familyIds });
  }

  private visible(ctx: RequestContext): SelectQueryBuilder<RiskSignalEntity> {
    const families = this.readableFamilies(ctx);
    return this.db.repository(ctx, RiskSignalEntity).createQueryBuilder('s').where(`s.familyId IN (${families.getQuery()})`, families.getParameters());
  }
}
