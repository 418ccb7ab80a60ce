import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { AccessModule, RequestRateLimitMiddleware, RequestRateLimitModule } from '@waymark/access';
import { AuditedMutationInterceptor, AuditModule } from '@waymark/audit';
import { CoworkModule } from '@waymark/cowork';
import { FamiliesModule } from '@waymark/families';
import { JourneysModule } from '@waymark/journeys';
import { MeetingsModule } from '@waymark/meetings';
import { ReferralsModule } from '@waymark/referrals';
import { TimelineModule } from '@waymark/timeline';
import { SignalsModule } from '@waymark/signals';
import { ReportsModule } from '@waymark/reports';
import { PacksModule } from '@waymark/packs';
import { MailModule } from '@waymark/mail';
import { DemoLoaderModule } from '@waymark/demo';
import { NotificationsModule } from '@waymark/notifications';
import { SafetyPlansModule } from '@waymark/safety-plans';
import { ProgrammesModule } from '@waymark/programmes';
import {
  AccessLogMiddleware,
  AppConfig,
  createValidationPipe,
  GraphqlExceptionFilter,
  GraphqlPlatformModule,
  HealthController,
  PlatformModule,
  RequestContextMiddleware,
} from '@waymark/platform';
import { QueueModule } from '@waymark/queue';
import { MIGRATIONS } from '../../../migrations';

export interface ApiOptions {
  /** Also consume BullMQ jobs in this process (tests, small deployments). Without Redis jobs always run in-process. */
  consumeJobs: boolean;
}

/** The HTTP + GraphQL service. */
@Module({})
export class AppModule implements NestModule {
  static register(config: AppConfig, options: ApiOptions = { consumeJobs: false }): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, MIGRATIONS),
        GraphqlPlatformModule,
        QueueModule.forRoot({ consumeBullmq: options.consumeJobs }),
        AuditModule,
        AccessModule,
        RequestRateLimitModule,
        NotificationsModule,
        FamiliesModule,
        JourneysModule,
        ReferralsModule,
        TimelineModule,
        CoworkModule,
        MeetingsModule,
        SignalsModule,
        ReportsModule,
        PacksModule,
        SafetyPlansModule,
        ProgrammesModule,
        MailModule,
        DemoLoaderModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: AuditedMutationInterceptor },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware, AccessLogMiddleware).forRoutes({ path: '*path', method: RequestMethod.ALL });
    // After those two, so a refusal is logged with its request id; /health is never limited.
    consumer.apply(RequestRateLimitMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.ALL }, { path: 'exports/*path', method: RequestMethod.ALL });
  }
}
