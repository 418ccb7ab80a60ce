import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AbilityFactory, AccessModule } from '@waymark/access';
import { FamiliesModule } from '@waymark/families';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { JobOutbox, JobScheduler } from '@waymark/queue';
import { EVALUATE_ALL_SCHEDULE, EVALUATE_FAMILIES_JOB, EvaluateAllJob, EvaluateFamiliesJob } from './engine/evaluate-signals.jobs';
import { SignalCandidates } from './engine/signal-candidates';
import { SignalEvaluator } from './engine/signal-evaluator.service';
import { SignalPreview } from './engine/signal-preview.service';
import { PostSeparationReviewEntity } from './reviews/post-separation-review.entity';
import { PostSeparationReviewResolver } from './reviews/post-separation-review.resolver';
import { PostSeparationReviewService } from './reviews/post-separation-review.service';
import { RiskSignalEntity } from './risk-signal.entity';
import { RiskSignalResolver } from './risk-signal.resolver';
import { RiskSignalService } from './risk-signal.service';
import { SignalSettingEntity } from './settings/signal-setting.entity';
import { SignalSettingsResolver } from './settings/signal-settings.resolver';
import { SignalSettingsService } from './settings/signal-settings.service';
import { SignalExplainer } from './signal-explainer.service';
import { signalPermissions } from './signal.permissions';

/**
 * Risk signals (docs/domain.md §4.15): computed from recorded events, re-evaluated for the families each
 * transaction changed (queued just before it commits) and for every family nightly.
 */
@Module({
  imports: [TypeOrmModule.forFeature([RiskSignalEntity, SignalSettingEntity, PostSeparationReviewEntity]), AccessModule, FamiliesModule],
  providers: [
    SignalCandidates,
    SignalEvaluator,
    SignalPreview,
    SignalSettingsService,
    SignalSettingsResolver,
    RiskSignalService,
    RiskSignalResolver,
    SignalExplainer,
    PostSeparationReviewService,
    PostSeparationReviewResolver,
    EvaluateFamiliesJob,
    EvaluateAllJob,
  ],
  exports: [SignalEvaluator, RiskSignalService, SignalPreview, SignalExplainer],
})
export class SignalsModule implements OnModuleInit {
  constructor(
    private readonly abilities: AbilityFactory,
    private readonly scheduler: JobScheduler,
    private readonly db: TransactionalConnection,
    private readonly jobs: JobOutbox,
  ) {}

  onModuleInit(): void {
    this.abilities.register(signalPermissions);
    this.scheduler.register(EVALUATE_ALL_SCHEDULE);
    // Services need not remember: every family write is audited, the audit notes the family on the
    // context, and here one job per transaction re-evaluates the families it changed.
    this.db.onBeforeCommit(this.queueEvaluation);
  }

  private readonly queueEvaluation = async (ctx: RequestContext): Promise<void> => {
    const familyIds = ctx.takeChangedFamilyIds();
    if (familyIds.length) await this.jobs.enqueue(ctx, EVALUATE_FAMILIES_JOB, { familyIds });
  };
}
