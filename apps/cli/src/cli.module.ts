import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from '@waymark/access';
import { AuditModule } from '@waymark/audit';
import { NotificationsModule } from '@waymark/notifications';
import { AppConfig, PlatformModule } from '@waymark/platform';
import { QueueModule } from '@waymark/queue';
import { SignalsModule } from '@waymark/signals';
import { DemoModule } from '@waymark/demo';
import { MIGRATIONS } from '../../../migrations';

/** The services the operator commands use. Jobs they enqueue go to Redis, or (embedded) run in this process. */
@Module({})
export class CliModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        PlatformModule.forRoot(config, MIGRATIONS),
        QueueModule.forRoot({ consumeBullmq: false }),
        AuditModule,
        AccessModule,
        NotificationsModule,
        SignalsModule,
        DemoModule,
      ],
    };
  }
}
