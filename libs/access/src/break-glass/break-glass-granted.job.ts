import { Injectable } from '@nestjs/common';
import { NotificationKind, NotificationService } from '@waymark/notifications';
import { JobHandler, JobProcessor } from '@waymark/queue';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { Role } from '../roles';
import { UserEntity } from '../users/user.entity';
import { BreakGlassGrantEntity } from './break-glass-grant.entity';

export const BREAK_GLASS_GRANTED_JOB = 'break-glass.granted';

/** Reports each break-glass grant to the managers of the grantee's agency (docs/domain.md §5.4). */
@Injectable()
@JobProcessor(BREAK_GLASS_GRANTED_JOB)
export class BreakGlassGrantedJob implements JobHandler<{ grantId: string }> {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly notifications: NotificationService,
  ) {}

  async handle(ctx: RequestContext, payload: { grantId: string }, jobId: string): Promise<void> {
    const grant = await this.db.repository(ctx, BreakGlassGrantEntity).findOneByOrFail({ id: payload.grantId });
    const users = this.db.repository(ctx, UserEntity);
    const grantee = await users.findOneByOrFail({ id: grant.userId });
    const managers = await users
      .createQueryBuilder('user')
      .where('user.active AND user.agencyId = :agencyId AND :manager = ANY(user.roles) AND user.id <> :grantee', {
        agencyId: grant.agencyId,
        manager: Role.MANAGER,
        grantee: grant.userId,
      })
      .getMany();
    await this.notifications.notify(
      ctx,
      managers.map((manager) => manager.id),
      {
        kind: NotificationKind.BREAK_GLASS_GRANTED,
        title: 'Break-glass access used',
        body: `${grantee.displayName} opened a ${grant.subjectType.toLowerCase()} record outside their normal access until ${grant.expiresAt.toISOString()}. Reason given: "${grant.reason}"`,
        subjectType: 'BreakGlassGrant',
        subjectId: grant.id,
      },
      jobId,
    );
  }
}
