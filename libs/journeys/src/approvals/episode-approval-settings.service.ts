import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { BadUserInputError, FieldProblem, RequestContext, TransactionalConnection } from '@waymark/platform';
import { InterventionLevel } from '../intervention-level';
import { UpdateEpisodeApprovalSettingsInput } from './dto/update-episode-approval-settings.input';
import { EpisodeApprovalSettingEntity } from './episode-approval-setting.entity';
import { EpisodeApprovalSettingModel } from './episode-approval-setting.model';

/** The levels an episode can be at (NONE is no episode). */
export const EPISODE_LEVELS = [
  InterventionLevel.UNIVERSAL,
  InterventionLevel.EARLY_HELP,
  InterventionLevel.CIN,
  InterventionLevel.CP_PLAN,
  InterventionLevel.LAC,
];

/**
 * Which levels close or step down only with a manager's approval: the partnership's setting, one row
 * per level, changed by administrators (as the signal thresholds are), every change audited.
 */
@Injectable()
export class EpisodeApprovalSettingsService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext): Promise<EpisodeApprovalSettingModel[]> {
    const stored = new Map((await this.db.repository(ctx, EpisodeApprovalSettingEntity).find()).map((row) => [row.level, row]));
    return EPISODE_LEVELS.map((level) => {
      const row = stored.get(level);
      return {
        level,
        requiresApproval: row?.requiresApproval ?? false,
        updatedAt: row?.updatedByUserId ? row.updatedAt : null,
        updatedByUserId: row?.updatedByUserId ?? null,
      };
    });
  }

  async requiresApproval(ctx: RequestContext, level: InterventionLevel): Promise<boolean> {
    const row = await this.db.repository(ctx, EpisodeApprovalSettingEntity).findOneBy({ level });
    return row?.requiresApproval ?? false;
  }

  /** Validates every level first (nothing is written if one is wrong). */
  async update(ctx: RequestContext, input: UpdateEpisodeApprovalSettingsInput): Promise<EpisodeApprovalSettingModel[]> {
    const problems: FieldProblem[] = [];
    input.settings.forEach(({ level }, i) => {
      const problem = !EPISODE_LEVELS.includes(level)
        ? 'an episode is never at NONE: choose UNIVERSAL, EARLY_HELP, CIN, CP_PLAN or LAC'
        : input.settings.findIndex((other) => other.level === level) < i
          ? `${level} is given more than once`
          : null;
      if (problem) problems.push({ field: `settings.${i}.level`, problems: [problem] });
    });
    if (problems.length) throw new BadUserInputError(problems.map((p) => `${p.field}: ${p.problems[0]}`).join('; '), problems);

    // Locked, so two administrators' changes are applied (and audited) one after the other.
    await this.db.manager(ctx).query(`SELECT 1 FROM episode_approval_setting FOR UPDATE`);
    const before = new Map((await this.list(ctx)).map((s) => [s.level, s.requiresApproval]));
    const changes = input.settings
      .filter(({ level, requiresApproval }) => before.get(level) !== requiresApproval)
      .map(({ level, requiresApproval }) => ({ level, from: before.get(level), to: requiresApproval }));
    if (changes.length) {
      await this.db.manager(ctx).query(
        `INSERT INTO episode_approval_setting (level, requires_approval, updated_by_user_id, updated_at)
         SELECT level, requires, $3, now() FROM unnest($1::text[], $2::boolean[]) AS s(level, requires)
         ON CONFLICT (level) DO UPDATE SET requires_approval = excluded.requires_approval,
           updated_by_user_id = excluded.updated_by_user_id, updated_at = excluded.updated_at`,
        [changes.map((c) => c.level), changes.map((c) => c.to), ctx.actor!.userId],
      );
    }
    await this.audit.record(ctx, { action: 'episode_approval_setting.update', subjectType: 'EpisodeApprovalSetting', detail: { changes } });
    return this.list(ctx);
  }
}
