import { Injectable } from '@nestjs/common';
import { JobHandler, JobProcessor, Schedule } from '@waymark/queue';
import { RequestContext, today } from '@waymark/platform';
import { EVALUATE_ALL_JOB } from '../settings/signal-settings.service';
import { SignalEvaluator } from './signal-evaluator.service';

export const EVALUATE_FAMILIES_JOB = 'signals.evaluate-families';
export { EVALUATE_ALL_JOB };

/** Nightly at 01:00 UTC: windows ("in the last 24 months") move with the date even when nothing is recorded. */
export const EVALUATE_ALL_SCHEDULE: Schedule = { name: EVALUATE_ALL_JOB, everyMs: 24 * 3600_000, offsetMs: 1 * 3600_000 };

/** Re-evaluates the families a committed transaction changed (queued by the before-commit hook). */
@Injectable()
@JobProcessor(EVALUATE_FAMILIES_JOB)
export class EvaluateFamiliesJob implements JobHandler<{ familyIds: string[] }> {
  constructor(private readonly evaluator: SignalEvaluator) {}

  async handle(ctx: RequestContext, payload: { familyIds: string[] }): Promise<void> {
    await this.evaluator.evaluate(ctx, { familyIds: payload.familyIds, asOf: today() });
  }
}

/** Re-evaluates every family: nightly, and after thresholds change. */
@Injectable()
@JobProcessor(EVALUATE_ALL_JOB)
export class EvaluateAllJob implements JobHandler {
  constructor(private readonly evaluator: SignalEvaluator) {}

  async handle(ctx: RequestContext): Promise<void> {
    await this.evaluator.evaluate(ctx, { familyIds: null, asOf: today() });
  }
}
