import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Role } from '@waymark/access';
import { AppConfig, APP_CONFIG, JsonLogger, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { SignalEvaluator } from '@waymark/signals';
import { PartnershipGenerator } from './generator.service';
import { demoEmail, partnershipIds } from './partnership';

export const DEMO_SEED = 'waymark-demo';

/** How many years of the demo MARAC's sittings carry a full list. */
export const DEMO_MARAC_LIST_YEARS = 6;

export type DemoLoadOutcome = 'loaded' | 'already-loaded' | 'skipped-not-empty' | 'off';

/**
 * Issue 7: on API start in development, an empty database gets the demo partnership once (agencies
 * of every kind, one account per role, services, ~300 generated families worked by those accounts)
 * and a full signal evaluation. A database with any other account is left alone; production never
 * loads it (the configuration refuses DEMO_DATA=on there).
 */
@Injectable()
export class DemoLoader implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TransactionalConnection,
    private readonly generator: PartnershipGenerator,
    private readonly evaluator: SignalEvaluator,
    private readonly logger: JsonLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo.load) return;
    await this.loadOnce();
  }

  async loadOnce(): Promise<DemoLoadOutcome> {
    if (this.config.nodeEnv === 'production') throw new Error('The demo partnership is never loaded when NODE_ENV=production.');
    if (!this.config.demo.load) return 'off';
    const ctx = RequestContext.system('demo');
    const demoUsers = Object.values(partnershipIds().userByRole);
    const [{ demo, others }] = await this.db
      .manager(ctx)
      .query(`SELECT count(*) FILTER (WHERE id = ANY($1))::int AS demo, count(*) FILTER (WHERE id <> ALL($1))::int AS others FROM app_user`, [demoUsers]);
    let outcome: DemoLoadOutcome;
    if (demo > 0) outcome = 'already-loaded';
    else if (others > 0 && !this.config.demo.evenIfNotEmpty) outcome = 'skipped-not-empty';
    else {
      const started = Date.now();
      await this.generator.generate(ctx, {
        families: this.config.demo.families,
        seed: DEMO_SEED,
        password: this.config.demo.password,
        allocateToPractitioner: true,
        coworkShare: 0.35,
        // The demo team works every demo family, so each demo account has the whole demo to look at.
        teamCaseload: Number.POSITIVE_INFINITY,
        // The MARAC hears 10-25 cases a sitting, most from families beyond the demo team's.
        maracListYears: DEMO_MARAC_LIST_YEARS,
      });
      // Signals dated by the history that raised them, not all by today's load.
      const summary = await this.evaluator.evaluate(RequestContext.system('demo'), { familyIds: null, asOf: today(), raisedOnEvidence: true });
      this.logger.event('info', 'demo.loaded', { families: this.config.demo.families, signals: summary.candidates, ms: Date.now() - started });
      outcome = 'loaded';
    }
    if (outcome !== 'skipped-not-empty' && this.config.nodeEnv !== 'test') this.printAccounts(outcome);
    return outcome;
  }

  private printAccounts(outcome: DemoLoadOutcome): void {
    const password = this.config.demo.password;
    process.stdout.write(
      `\nDemo partnership ${outcome === 'loaded' ? `loaded (${this.config.demo.families} families)` : 'already loaded'}. Sign in with any of:\n` +
        Object.values(Role)
          .map((role) => `  ${demoEmail(role)}`)
          .join('\n') +
        `\nPassword for every demo account: ${password}\n\n`,
    );
  }
}
