import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserEntity } from '@waymark/access';
import { FamilyEntity, FamilyModel, PersonModel, PersonService } from '@waymark/families';
import DataLoader from 'dataloader';
import { Ctx, EntityLoader, RequestContext, RequirePermission, TransactionalConnection } from '@waymark/platform';
import { AcknowledgeRiskSignalArgs } from './dto/acknowledge-risk-signal.args';
import { RiskSignalsArgs } from './dto/risk-signals.args';
import { RiskSignalEntity } from './risk-signal.entity';
import { RiskSignalConnection, RiskSignalModel, SignalAcknowledgementModel } from './risk-signal.model';
import { RiskSignalService } from './risk-signal.service';
import { SignalExplainer } from './signal-explainer.service';

@Resolver(() => RiskSignalModel)
export class RiskSignalResolver {
  constructor(
    private readonly signals: RiskSignalService,
    private readonly explainer: SignalExplainer,
    private readonly personService: PersonService,
    private readonly loader: EntityLoader,
    private readonly db: TransactionalConnection,
  ) {}

  @Query(() => RiskSignalConnection, { description: 'Risk signals on the families you may see: most severe, then most recent, first.' })
  @RequirePermission('read', 'RiskSignal')
  riskSignals(@Ctx() ctx: RequestContext, @Args() args: RiskSignalsArgs) {
    return this.signals.list(ctx, args);
  }

  @Mutation(() => RiskSignalModel, { description: 'Records that you have seen a signal and what is being done; it stays listed until it resolves.' })
  @RequirePermission('acknowledge', 'RiskSignal')
  acknowledgeRiskSignal(@Ctx() ctx: RequestContext, @Args() args: AcknowledgeRiskSignalArgs) {
    return this.signals.acknowledge(ctx, args);
  }

  /** Readable by construction: signals are listed only on families the caller may read. */
  @ResolveField(() => FamilyModel)
  family(@Ctx() ctx: RequestContext, @Parent() signal: RiskSignalEntity) {
    return this.loader.byId(ctx, FamilyEntity, signal.familyId);
  }

  @ResolveField(() => [PersonModel], { nullable: 'items' })
  people(@Ctx() ctx: RequestContext, @Parent() signal: RiskSignalEntity) {
    return Promise.all(signal.personIds.map((id) => this.personService.load(ctx, id)));
  }

  /** The latest of: the signal's own last change, the last full run, the last run for its family (one query per request). */
  @ResolveField(() => Date)
  async lastEvaluatedAt(@Ctx() ctx: RequestContext, @Parent() signal: RiskSignalEntity): Promise<Date> {
    const marks = ctx.loader(
      'signal-evaluation-marks',
      () =>
        new DataLoader<string, Date | null>(async (scopes) => {
          const rows: Array<{ scope: string; evaluated_at: Date }> = await this.db
            .manager(ctx)
            .query(`SELECT scope, evaluated_at FROM signal_evaluation_mark WHERE scope = ANY($1::text[])`, [[...scopes]]);
          const byScope = new Map(rows.map((row) => [row.scope, new Date(row.evaluated_at)]));
          return scopes.map((scope) => byScope.get(scope) ?? null);
        }),
    );
    const [all, family] = await Promise.all([marks.load('ALL'), marks.load(signal.familyId)]);
    return [signal.lastEvaluatedAt, all, family].filter((d): d is Date => !!d).reduce((a, b) => (a > b ? a : b));
  }

  @ResolveField(() => String)
  explanation(@Ctx() ctx: RequestContext, @Parent() signal: RiskSignalEntity) {
    return this.explainer.explain(ctx, signal);
  }

  @ResolveField(() => SignalAcknowledgementModel, { nullable: true })
  async acknowledgement(@Ctx() ctx: RequestContext, @Parent() signal: RiskSignalEntity): Promise<SignalAcknowledgementModel | null> {
    if (!signal.acknowledgedByUserId || !signal.acknowledgedAt) return null;
    const by = await this.loader.byId(ctx, UserEntity, signal.acknowledgedByUserId).catch(() => null);
    return { by, at: signal.acknowledgedAt, note: signal.acknowledgedNote ?? '' };
  }
}
