import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from '@waymark/access';
import { AuditModule } from '@waymark/audit';
import { ActionChaseModule, MeetingNoticesModule } from '@waymark/meetings';
import { NotificationsModule } from '@waymark/notifications';
import { MailModule } from '@waymark/mail';
import { AppConfig, PlatformModule } from '@waymark/platform';
import { QueueModule } from '@waymark/queue';
import { SignalsModule } from '@waymark/signals';
import { MIGRATIONS } from '../../../migrations';

/** Job processors on BullMQ: the same libraries as the API, no HTTP. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(config, MIGRATIONS),
        QueueModule.forRoot({ consumeBullmq: true }),
        AuditModule,
        AccessModule,
        NotificationsModule,
        MailModule,
        ActionChaseModule,
        MeetingNoticesModule,
        SignalsModule,
      ],
    };
  }
}
