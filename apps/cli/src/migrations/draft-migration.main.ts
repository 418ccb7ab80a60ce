import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nextMigrationNumber, renderMigration, sortStatements } from './migration-draft';

/**
 * `npm run migration:generate -- <Name>`: migrates DATABASE_URL, then drafts the entities' changes as
 * the next migration. `-- --check` writes nothing and fails if there is anything to draft.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  const check = name === '--check';
  if (!check && !/^[A-Z][A-Za-z0-9]+$/.test(name ?? ''))
    throw new Error('Name the migration in PascalCase, for example: npm run migration:generate -- AddSafetyPlans');
  const { default: dataSource } = await import('../../../../libs/platform/src/database/data-source');
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    const statements = sortStatements(upQueries.map((query) => query.query));
    if (!statements.kept.length) {
      process.stdout.write(
        `The entities match the migrations: nothing to draft (${statements.setAside.length} removals TypeORM would propose were set aside).\n`,
      );
      return;
    }
    if (check) {
      process.stdout.write(`The entities differ from the migrations:\n${statements.kept.map((query) => `  ${query}`).join('\n')}\n`);
      process.exitCode = 1;
      return;
    }
    const dir = join(__dirname, '../../../../migrations');
    const number = nextMigrationNumber(readdirSync(dir));
    const file = join(dir, `${number}-${name}.ts`);
    writeFileSync(file, renderMigration(`${name}${number}`, statements.kept));
    process.stdout.write(
      `Drafted ${file} (${statements.kept.length} statements; ${statements.setAside.length} removals set aside: write any your change needs by hand). ` +
        `Read it, write down(), and add ${name}${number} to migrations/index.ts.\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
