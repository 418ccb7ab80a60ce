import { Inject, Injectable } from '@nestjs/common';
import { EMAIL_NOTIFICATION_JOB } from '@waymark/notifications';
import { JobHandler, JobProcessor } from '@waymark/queue';
import { APP_CONFIG, AppConfig, RequestContext, TransactionalConnection } from '@waymark/platform';
import type { Transporter } from 'nodemailer';
import { emailFor, MeetingWhenAndWhere } from './email-message';
import { MAIL_TRANSPORT } from './mail-transport';

/**
 * Emails one notification to its recipient. A refused or unreachable mail server fails the job, so the
 * outbox tries it again (backing off, then by redelivery) until the server takes it; once it has, the
 * job is marked done in the same transaction and never runs again. The Message-ID is the
 * notification's, so a receiving server can drop the copy of a send whose acknowledgement was lost.
 */
@Injectable()
@JobProcessor(EMAIL_NOTIFICATION_JOB)
export class EmailNotificationJob implements JobHandler<{ notificationId: string }> {
  constructor(
    private readonly db: TransactionalConnection,
    @Inject(MAIL_TRANSPORT) private readonly transport: Transporter | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(ctx: RequestContext, payload: { notificationId: string }): Promise<void> {
    if (!this.transport) return; // SMTP_URL was unset since: the notification stays in the app.
    const manager = this.db.manager(ctx);
    const [notification]: Array<{ kind: string; subject_type: string | null; subject_id: string | null; email: string; active: boolean }> = await manager.query(
      `SELECT n.kind, n.subject_type, n.subject_id, u.email, u.active FROM notification n JOIN app_user u ON u.id = n.recipient_user_id WHERE n.id = $1`,
      [payload.notificationId],
    );
    if (!notification?.active) return;
    let meeting: MeetingWhenAndWhere | undefined;
    if (notification.subject_type === 'Meeting' && notification.subject_id) {
      [meeting] = await manager.query(`SELECT id, type, starts_at AS "startsAt", venue FROM meeting WHERE id = $1`, [notification.subject_id]);
    }
    const message = emailFor(notification.kind, this.config.mail.consoleUrl, meeting);
    await this.transport.sendMail({
      from: this.config.mail.from,
      to: notification.email,
      subject: message.subject,
      text: message.text,
      messageId: `<notification-${payload.notificationId}@${new URL(this.config.mail.consoleUrl).hostname}>`,
    });
  }
}
