import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/** Connection options shared by the apps, the CLI and the TypeORM migration CLI. */
export function postgresOptions(url: string, poolSize: number, migrations: Function[]): PostgresConnectionOptions {
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
