/**
 * Drafting a migration from the entities. Waymark's migrations are hand-written SQL: they name their
 * own foreign keys, checks, partial indexes and defaults, which the entities do not repeat. TypeORM's
 * diff therefore proposes dropping all of them on every run. A draft keeps what the entities add or
 * change and sets aside what TypeORM would remove: a removal is written by hand.
 */
export interface DraftStatements {
  kept: string[];
  setAside: string[];
}

/** Statements that take away what the hand-written migrations declared beyond the entities. */
const REMOVAL = [/\bDROP CONSTRAINT\b/i, /^\s*DROP INDEX\b/i, /\bDROP COLUMN\b/i, /\bDROP DEFAULT\b/i, /\bDROP NOT NULL\b/i, /\bSET NOT NULL\b/i];

export function sortStatements(upQueries: string[]): DraftStatements {
  const kept: string[] = [];
  const setAside: string[] = [];
  for (const query of upQueries) (REMOVAL.some((pattern) => pattern.test(query)) ? setAside : kept).push(query.trim().replace(/\s+/g, ' '));
  return { kept, setAside };
}

/** The next number in the 1764000000NNN series, from the file names in migrations/. */
export function nextMigrationNumber(fileNames: string[]): number {
  const numbers = fileNames.map((name) => /^(\d+)-/.exec(name)?.[1]).filter((n): n is string => !!n);
  return Math.max(...numbers.map(Number)) + 1;
}

export function renderMigration(className: string, kept: string[]): string {
  const sql = (query: string) => `    await q.query(\`${query.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${')}\`);`;
  return [
    "import { MigrationInterface, QueryRunner } from 'typeorm';",
    '',
    '/** Drafted from the entities by `npm run migration:generate`: read it, say here why, and write down() by hand. */',
    `export class ${className} implements MigrationInterface {`,
    '  async up(q: QueryRunner): Promise<void> {',
    ...kept.map(sql),
    '  }',
    '',
    '  async down(q: QueryRunner): Promise<void> {',
    '    // Undo up() in reverse order.',
    '  }',
    '}',
    '',
  ].join('\n');
}
