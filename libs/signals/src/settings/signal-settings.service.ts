import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, FieldProblem, RequestContext, TransactionalConnection } from '@waymark/platform';
import { JobOutbox } from '@waymark/queue';
import { UpdateSignalSettingsInput } from './dto/update-signal-settings.input';
import { SignalSettingEntity } from './signal-setting.entity';
import { SignalSettingModel } from './signal-setting.model';
import { defaultSettingValues, SIGNAL_SETTINGS, SignalSettingKey, SignalSettingValues, settingProblem } from './signal-settings';

export const EVALUATE_ALL_JOB = 'signals.evaluate-all';

/** Thresholds for the signals: stored, validated, changed only by administrators, every change audited. */
@Injectable()
export class SignalSettingsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly jobs: JobOutbox,
  ) {}

  /** Every threshold: the stored value, or the default for one not stored yet (added by a later feature). */
  async values(ctx: RequestContext): Promise<SignalSettingValues> {
    const values = defaultSettingValues();
    for (const row of await this.db.repository(ctx, SignalSettingEntity).find()) {
      if (row.key in SIGNAL_SETTINGS) values[row.key as SignalSettingKey] = row.value;
    }
    return values;
  }

  async list(ctx: RequestContext): Promise<SignalSettingModel[]> {
    const stored = new Map((await this.db.repository(ctx, SignalSettingEntity).find()).map((row) => [row.key, row]));
    return (Object.keys(SIGNAL_SETTINGS) as SignalSettingKey[]).map((key) => {
      const rule = SIGNAL_SETTINGS[key];
      const row = stored.get(key);
      return {
        key,
        value: row?.value ?? rule.defaultValue,
        defaultValue: rule.defaultValue,
        min: rule.min,
        max: rule.max,
        unit: rule.unit,
        description: rule.description,
        updatedAt: row?.updatedByUserId ? row.updatedAt : null,
        updatedByUserId: row?.updatedByUserId ?? null,
      };
    });
  }

  /** Validates every value first (nothing is written if one is wrong), then re-evaluates every family after commit. */
  async update(ctx: RequestContext, input: UpdateSignalSettingsInput): Promise<SignalSettingModel[]> {
    const problems: FieldProblem[] = [];
    input.settings.forEach(({ key, value }, i) => {
      const problem = input.settings.findIndex((other) => other.key === key) < i ? `${key} is given more than once` : settingProblem(key, value);
      if (problem) problems.push({ field: `settings.${i}.value`, problems: [problem] });
    });
    if (problems.length) throw new BadUserInputError(problems.map((p) => `${p.field}: ${p.problems[0]}`).join('; '), problems);

    // Locked, so two administrators' changes are applied (and audited) one after the other.
    await this.db.manager(ctx).query(`SELECT 1 FROM signal_setting FOR UPDATE`);
    const before = await this.values(ctx);
    const changes = input.settings.filter(({ key, value }) => before[key] !== value).map(({ key, value }) => ({ key, from: before[key], to: value }));
    if (changes.length) {
      await this.db.manager(ctx).query(
        `INSERT INTO signal_setting (key, value, updated_by_user_id, updated_at)
         SELECT key, value, $3, now() FROM unnest($1::text[], $2::int[]) AS s(key, value)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_by_user_id = excluded.updated_by_user_id, updated_at = excluded.updated_at`,
        [changes.map((c) => c.key), changes.map((c) => c.to), ctx.actor!.userId],
      );
      await this.jobs.enqueue(ctx, EVALUATE_ALL_JOB, { reason: 'settings-changed' });
    }
    await this.audit.record(ctx, { action: 'signal_setting.update', subjectType: 'SignalSetting', detail: { changes } });
    return this.list(ctx);
  }
}
