import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Connection, NotFoundError, paginate, RequestContext, TransactionalConnection } from '@waymark/platform';
import { JobOutbox } from '@waymark/queue';
import { MyNotificationsArgs } from './dto/my-notifications.args';
import { NotificationEntity } from './notification.entity';
import { NotificationKind } from './notification.model';

export interface NewNotification {
  kind: NotificationKind;
  title: string;
  body: string;
  subjectType?: string;
  subjectId?: string;
}

/** The outbox job that emails one notification (libs/mail processes it), when SMTP_URL is set. */
export const EMAIL_NOTIFICATION_JOB = 'notification.email';

@Injectable()
export class NotificationService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly outbox: JobOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Sends one notification to each recipient; called from job processors with the job's id. With
   * SMTP configured each is also emailed, through the outbox in the same transaction: an email is
   * sent once the notification is committed, and waits there while the mail server is away.
   */
  async notify(ctx: RequestContext, recipientUserIds: string[], notification: NewNotification, sourceJobId?: string): Promise<number> {
    if (!recipientUserIds.length) return 0;
    const inserted = await this.db.repository(ctx, NotificationEntity).insert(
      recipientUserIds.map((recipientUserId) => ({
        recipientUserId,
        kind: notification.kind,
        title: notification.title,
        body: notification.body,
        subjectType: notification.subjectType ?? null,
        subjectId: notification.subjectId ?? null,
        sourceJobId: sourceJobId ?? null,
      })),
    );
    if (this.config.mail.smtpUrl) {
      for (const { id } of inserted.identifiers) await this.outbox.enqueue(ctx, EMAIL_NOTIFICATION_JOB, { notificationId: id });
    }
    return recipientUserIds.length;
  }

  async mine(ctx: RequestContext, args: MyNotificationsArgs): Promise<Connection<NotificationEntity>> {
    const query = this.db.repository(ctx, NotificationEntity).createQueryBuilder('n').where('n.recipientUserId = :me', { me: ctx.actor!.userId });
    if (args.unreadOnly) query.andWhere('n.readAt IS NULL');
    return paginate(query, args, { sort: 'n.createdAt', id: 'n.id', direction: 'DESC', sortValue: (n) => n.createdAt.toISOString() });
  }

  async markRead(ctx: RequestContext, id: string): Promise<NotificationEntity> {
    const repository = this.db.repository(ctx, NotificationEntity);
    const notification = await repository.findOneBy({ id, recipientUserId: ctx.actor!.userId });
    if (!notification) throw new NotFoundError('You have no notification with that id.');
    if (!notification.readAt) {
      notification.readAt = new Date();
      await repository.save(notification);
    }
    return notification;
  }
}
