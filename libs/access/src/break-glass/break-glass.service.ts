import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { JobOutbox } from '@waymark/queue';
import {
  Actor,
  AppConfig,
  APP_CONFIG,
  BadUserInputError,
  Connection,
  NotFoundError,
  paginate,
  RequestContext,
  TransactionalConnection,
} from '@waymark/platform';
import { EntityManager } from 'typeorm';
import { abilityOf } from '../ability/ability-of';
import { applyAccessFilter } from '../ability/accessible-where';
import { AccessFacts } from '../ability/access-facts';
import { BREAK_GLASS_GRANTS } from './break-glass.permissions';
import { BreakGlassGrantEntity } from './break-glass-grant.entity';
import { BreakGlassSubjects, BreakGlassSubjectType } from './break-glass-subjects';
import { BreakGlassGrantsArgs } from './dto/break-glass-grants.args';
import { RequestBreakGlassAccessInput } from './dto/request-break-glass-access.input';
import { BREAK_GLASS_GRANTED_JOB } from './break-glass-granted.job';

@Injectable()
export class BreakGlassService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly subjects: BreakGlassSubjects,
    private readonly audit: AuditService,
    private readonly jobs: JobOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(ctx: RequestContext, input: RequestBreakGlassAccessInput): Promise<BreakGlassGrantEntity> {
    const subject = this.subjects.get(input.subjectType);
    if (!subject) {
      throw BadUserInputError.field('subjectType', `break-glass access to ${input.subjectType.toLowerCase()} records is not available`);
    }
    if (!(await subject.exists(this.db.manager(ctx), input.subjectId))) {
      throw new NotFoundError(`subjectId: no ${input.subjectType.toLowerCase()} record has that id.`);
    }
    const grantedAt = new Date();
    const grant = await this.db.repository(ctx, BreakGlassGrantEntity).save({
      userId: ctx.actor!.userId,
      agencyId: ctx.actor!.agencyId,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      reason: input.reason.trim(),
      grantedAt,
      expiresAt: new Date(grantedAt.getTime() + this.config.breakGlass.minutes * 60_000),
    });
    await this.audit.record(ctx, {
      action: 'break_glass.grant',
      subjectType: subject.abilitySubject,
      subjectId: input.subjectId,
      reason: grant.reason,
      detail: { grantId: grant.id, expiresAt: grant.expiresAt.toISOString() },
    });
    await this.jobs.enqueue(ctx, BREAK_GLASS_GRANTED_JOB, { grantId: grant.id });
    return grant;
  }

  async list(ctx: RequestContext, args: BreakGlassGrantsArgs): Promise<Connection<BreakGlassGrantEntity>> {
    const query = this.db.repository(ctx, BreakGlassGrantEntity).createQueryBuilder('grant');
    applyAccessFilter(query, abilityOf(ctx), 'read', 'BreakGlassGrant');
    if (args.activeOnly) query.andWhere('grant.expiresAt > now()');
    return paginate(query, args, { sort: 'grant.grantedAt', id: 'grant.id', direction: 'DESC', sortValue: (g) => g.grantedAt.toISOString() });
  }

  /** Fact loader: the caller's unexpired grants, as CASL subjects. */
  async loadActiveGrants(actor: Actor, manager: EntityManager, facts: AccessFacts): Promise<void> {
    const rows = await manager
      .getRepository(BreakGlassGrantEntity)
      .createQueryBuilder('grant')
      .where('grant.userId = :userId AND grant.expiresAt > now()', { userId: actor.userId })
      .getMany();
    const breakGlass = rows.flatMap((row) => {
      const subject = this.subjects.get(row.subjectType as BreakGlassSubjectType);
      return subject ? [{ subjectType: subject.abilitySubject, subjectId: row.subjectId }] : [];
    });
    facts.add(BREAK_GLASS_GRANTS, breakGlass);
  }
}
