import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { MigrationClass } from './database/postgres-options';
import { LoggingModule } from './logging/logging.module';

/** Configuration, logging and the database: what every Waymark process (API, worker, CLI) needs. */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, migrations: MigrationClass[]): DynamicModule {
    return {
      module: PlatformModule,
      imports: [ConfigModule.forRoot(config), LoggingModule, DatabaseModule.forRoot(migrations)],
    };
  }
}
