import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from '@waymark/access';
import { CoworkModule } from '@waymark/cowork';
import { FamiliesModule } from '@waymark/families';
import { JourneysModule } from '@waymark/journeys';
import { MeetingsModule } from '@waymark/meetings';
import { ReferralsModule } from '@waymark/referrals';
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
        // Every feature's access facts and rules, for explain-access.
        FamiliesModule,
        JourneysModule,
        ReferralsModule,
        CoworkModule,
        MeetingsModule,
        SignalsModule,
        DemoModule,
      ],
    };
  }
}
