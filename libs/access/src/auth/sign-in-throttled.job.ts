import { Injectable } from '@nestjs/common';
import { NotificationKind, NotificationService } from '@waymark/notifications';
import { JobHandler, JobProcessor } from '@waymark/queue';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { Role } from '../roles';
import { UserEntity } from '../users/user.entity';

export const SIGN_IN_THROTTLED_JOB = 'security.sign-in-throttled';

interface Payload {
  userId: string | null;
  at: string;
}

/** Tells every active administrator that an account's sign-ins were paused after repeated failures. */
@Injectable()
@JobProcessor(SIGN_IN_THROTTLED_JOB)
export class SignInThrottledJob implements JobHandler<Payload> {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly notifications: NotificationService,
  ) {}

  async handle(ctx: RequestContext, payload: Payload, jobId: string): Promise<void> {
    const users = this.db.repository(ctx, UserEntity);
    const admins = await users.createQueryBuilder('user').where('user.active AND :admin = ANY(user.roles)', { admin: Role.ADMIN }).getMany();
    const account = payload.userId ? await users.findOneBy({ id: payload.userId }) : null;
    const who = account ? `${account.displayName}'s account` : 'An email address with no account';
    await this.notifications.notify(
      ctx,
      admins.map((admin) => admin.id),
      {
        kind: NotificationKind.SIGN_IN_THROTTLED,
        title: 'Sign-ins paused after repeated failures',
        body: `${who} had repeated failed sign-in attempts; further attempts are paused for a while. If the user did not make them, reset their password.`,
        subjectType: account ? 'User' : undefined,
        subjectId: account?.id,
      },
      jobId,
    );
  }
}
