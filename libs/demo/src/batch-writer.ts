import { EntityManager } from 'typeorm';
import { Row, TableName } from './family-history';

type ColumnTypes = Map<string, string>;

/**
 * Writes rows with one INSERT … SELECT FROM unnest(…) per table per batch: one parameter per
 * column however many rows, so a batch of thousands of families is a few dozen statements. Array
 * columns travel as array literals and are cast back. Shared rows (a MARAC sitting many families
 * share) skip when already written.
 */
export class BatchWriter {
  private readonly types = new Map<string, ColumnTypes>();

  constructor(private readonly manager: () => EntityManager) {}

  async insert(table: TableName, rows: Row[], onConflictDoNothing = false): Promise<void> {
    if (!rows.length) return;
    const types = await this.columnTypes(table);
    const columns = Object.keys(rows[0]);
    const params = columns.map((c) => {
      const type = types.get(c);
      if (!type) throw new Error(`${table}.${c} is not a column`);
      return rows.map((row) => {
        const value = row[c] ?? null;
        return Array.isArray(value) ? arrayLiteral(value) : value;
      });
    });
    const casts = columns.map((c, i) => {
      const type = types.get(c)!;
      return type.startsWith('_') ? `$${i + 1}::text[]` : `$${i + 1}::${type}[]`;
    });
    const select = columns.map((c) => {
      const type = types.get(c)!;
      return type.startsWith('_') ? `u."${c}"::${type.slice(1)}[]` : `u."${c}"`;
    });
    await this.manager().query(
      `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')})
       SELECT ${select.join(', ')} FROM unnest(${casts.join(', ')}) AS u(${columns.map((c) => `"${c}"`).join(', ')})
       ${onConflictDoNothing ? 'ON CONFLICT DO NOTHING' : ''}`,
      params,
    );
  }

  private async columnTypes(table: string): Promise<ColumnTypes> {
    let types = this.types.get(table);
    if (!types) {
      const rows: { column_name: string; udt_name: string }[] = await this.manager().query(
        `SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
        [table],
      );
      types = new Map(rows.map((r) => [r.column_name, r.udt_name]));
      this.types.set(table, types);
    }
    return types;
  }
}

function arrayLiteral(items: unknown[]): string {
  return `{${items.map((item) => `"${String(item).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
