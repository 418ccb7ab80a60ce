import { DynamicModule, Global, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EntityLoader } from '../context/entity-loader';
import { TransactionalConnection } from '../context/transactional-connection';
import { EmbeddedPostgres } from './embedded-postgres';
import { databasePoolSize, MigrationClass, postgresOptions } from './postgres-options';

/**
 * TypeORM on PostgreSQL. With DATABASE_URL unset an embedded PGlite server is started first.
 * The schema is only ever changed by migrations, run on start when DATABASE_MIGRATE_ON_START.
 */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    private readonly embedded: EmbeddedPostgres,
    private readonly dataSource: DataSource,
  ) {}

  static forRoot(migrations: MigrationClass[]): DynamicModule {
    const embedded = new EmbeddedPostgres();
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) => {
            const url = config.database.url ?? (await embedded.start(config.database.pgliteDataDir));
            return {
              ...postgresOptions(url, databasePoolSize(config), migrations),
              autoLoadEntities: true,
              // Retry soon: a database starting alongside the app is often a moment behind it.
              retryAttempts: 10,
              retryDelay: 500,
              migrationsRun: config.database.migrateOnStart,
            };
          },
        }),
      ],
      providers: [TransactionalConnection, EntityLoader, { provide: EmbeddedPostgres, useValue: embedded }],
      exports: [TransactionalConnection, EntityLoader],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    // The pool must close before the embedded server it talks to.
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.embedded.stop();
  }
}
