import { Module, OnApplicationShutdown, Inject } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@waymark/platform';
import type { Transporter } from 'nodemailer';
import { EmailNotificationJob } from './email-notification.job';
import { MAIL_TRANSPORT, smtpTransport } from './mail-transport';

/** Email by SMTP for every notification (NotificationService enqueues, EmailNotificationJob sends). API and worker both import it. */
@Module({
  providers: [{ provide: MAIL_TRANSPORT, inject: [APP_CONFIG], useFactory: (config: AppConfig) => smtpTransport(config.mail.smtpUrl) }, EmailNotificationJob],
})
export class MailModule implements OnApplicationShutdown {
  constructor(@Inject(MAIL_TRANSPORT) private readonly transport: Transporter | null) {}

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
