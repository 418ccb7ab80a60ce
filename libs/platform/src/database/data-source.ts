import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../../migrations';
import { postgresOptions } from './postgres-options';

/**
 * For TypeORM's own CLI (`npm run migration:generate`): the entities as the apps load them and every
 * migration, against DATABASE_URL. It compares that database, migrated, with the entities, so run
 * `npm run migration:run` against the same database first.
 */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to a PostgreSQL database migrated to the latest migration (npm run migration:run) to generate a migration.');

export default new DataSource({
  ...postgresOptions(url, 1, MIGRATIONS),
  entities: [join(__dirname, '../../../*/src/**/*.entity.{ts,js}')],
});
