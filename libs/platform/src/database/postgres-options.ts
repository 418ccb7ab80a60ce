import { types } from 'pg';
import { MigrationInterface } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { AppConfig } from '../config/app-config';

// Calendar dates stay 'YYYY-MM-DD' strings: parsing them into a Date at local midnight shifts days.
const DATE_OID = 1082;
types.setTypeParser(DATE_OID, (value) => value);

/** Connections in the pool: PGlite serves a single session. */
export function databasePoolSize(config: AppConfig): number {
  return config.database.url ? config.database.poolSize : 1;
}

/** A migration class, as TypeORM takes them. */
export type MigrationClass = new () => MigrationInterface;

/** Connection options shared by the apps, the CLI and the TypeORM migration CLI. */
export function postgresOptions(url: string, poolSize: number, migrations: MigrationClass[]): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    logging: false,
    extra: { max: poolSize, connectionTimeoutMillis: 10000 },
  };
}
