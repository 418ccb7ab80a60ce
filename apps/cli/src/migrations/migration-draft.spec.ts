import { nextMigrationNumber, renderMigration, sortStatements } from './migration-draft';

describe('drafting a migration from the entities', () => {
  it('keeps what the entities add or change and sets aside what TypeORM would take away', () => {
    const { kept, setAside } = sortStatements([
      `ALTER TABLE "risk_signal" DROP CONSTRAINT "risk_signal_family_id_fkey"`,
      `DROP INDEX "public"."risk_signal_worklist_idx"`,
      `CREATE TABLE "safety_plan" ("id" uuid NOT NULL,
         "family_id" uuid NOT NULL)`,
      `ALTER TABLE "family" ADD "note" text`,
      `ALTER TABLE "risk_signal" DROP COLUMN "digest"`,
      `ALTER TABLE "outbox_job" ALTER COLUMN "payload" DROP DEFAULT`,
      `ALTER TABLE "risk_signal" ALTER COLUMN "severity_rank" SET NOT NULL`,
    ]);
    expect(kept).toEqual([`CREATE TABLE "safety_plan" ("id" uuid NOT NULL, "family_id" uuid NOT NULL)`, `ALTER TABLE "family" ADD "note" text`]);
    expect(setAside).toHaveLength(5);
  });

  it('numbers the draft after the last migration, whatever else the folder holds', () => {
    expect(nextMigrationNumber(['1764000000054-AddDigests.ts', 'index.ts', '1764000000057-Describe.ts'])).toBe(1764000000058);
  });

  it('writes a migration class whose SQL survives the template literal', () => {
    const source = renderMigration('AddNote1764000000058', ['ALTER TABLE "family" ADD "note" text DEFAULT \'`${x}`\'']);
    expect(source).toContain('export class AddNote1764000000058 implements MigrationInterface {');
    expect(source).toContain('    await q.query(`ALTER TABLE "family" ADD "note" text DEFAULT \'\\`\\${x}\\`\'`);');
  });
});
