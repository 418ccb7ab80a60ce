import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { NotificationKind, NotificationService } from '@waymark/notifications';
import { JobHandler, JobProcessor } from '@waymark/queue';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { Role } from '../roles';
import { UserEntity } from '../users/user.entity';

export const AUDIT_CHAIN_CHECK_JOB = 'audit.check-chain';
export const AUDIT_CHAIN_CHECK_SCHEDULE = { name: AUDIT_CHAIN_CHECK_JOB, everyMs: 24 * 3600_000, offsetMs: 2 * 3600_000 }; // daily, 02:00 UTC

/** Verifies the audit trail every night and tells every active administrator if it is broken. */
@Injectable()
@JobProcessor(AUDIT_CHAIN_CHECK_JOB)
export class AuditChainCheckJob implements JobHandler {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  async handle(ctx: RequestContext, _payload: Record<string, unknown>, jobId: string): Promise<void> {
    const report = await this.audit.verifyChain(ctx);
    if (report.intact) return;
    const admins = await this.db
      .repository(ctx, UserEntity)
      .createQueryBuilder('user')
      .where('user.active AND :admin = ANY(user.roles)', { admin: Role.ADMIN })
      .getMany();
    await this.notifications.notify(
      ctx,
      admins.map((admin) => admin.id),
      {
        kind: NotificationKind.AUDIT_CHAIN_BROKEN,
        title: 'The audit trail has been altered',
        body: `The nightly check found the audit trail broken. ${report.problem} Investigate before relying on the trail, and keep this evidence.`,
        subjectType: 'AuditEvent',
        subjectId: report.firstBrokenEventId ?? undefined,
      },
      jobId,
    );
  }
}
