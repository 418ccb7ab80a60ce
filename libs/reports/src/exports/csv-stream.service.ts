import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import type { Response } from 'express';
import { csvFile, csvStream, CsvValue } from './csv';

export const FETCH_SIZE = 1000;

export interface CsvDownload {
  filename: string;
  columns: readonly string[];
  /** Audited as `export.<name>`, with the filters. */
  name: string;
  filters: Record<string, unknown>;
}

/**
 * Writes CSV (see csv.ts: BOM, quoting, formula neutralising) to an HTTP response. Row exports read
 * through a server-side cursor, FETCH_SIZE rows at a time, inside one read-only transaction on one
 * connection, and go through csv-stringify's stream into the response, which fetches no more while
 * the socket has not drained: memory stays flat however many rows there are. The audit event
 * (filters and row count, never content) is written once the rows are out, before the response ends.
 */
@Injectable()
export class CsvStreamService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
  ) {}

  /** Small aggregate tables: already computed, written in one go. */
  async sendRows(ctx: RequestContext, res: Response, download: CsvDownload, rows: Array<Array<string | number | null>>): Promise<void> {
    await this.audit.record(ctx, { action: `export.${download.name}`, subjectType: 'Export', detail: { ...download.filters, rows: rows.length } });
    this.startResponse(res, download);
    res.end(csvFile(download.columns, rows));
  }

  async streamQuery(ctx: RequestContext, res: Response, download: CsvDownload, query: { sql: string; params: unknown[] }): Promise<void> {
    const runner = this.db.dataSource.createQueryRunner();
    await runner.connect();
    let rows = 0;
    let completed = false;
    async function* fetchRows(): AsyncGenerator<CsvValue[]> {
      for (;;) {
        const batch: Array<Record<string, CsvValue>> = await runner.query(`FETCH ${FETCH_SIZE} FROM export_rows`);
        if (!batch.length) {
          completed = true;
          return;
        }
        rows += batch.length;
        for (const row of batch) yield download.columns.map((column) => row[column]);
      }
    }
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      await runner.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${query.sql}`, query.params);
      this.startResponse(res, download);
      try {
        // Not ended here: the audit is written first, so a refused audit write cannot pass for a whole file.
        await pipeline(Readable.from(fetchRows()), csvStream(download.columns), res, { end: false });
      } catch (error) {
        // The client went away: stop reading (the count so far is audited as incomplete). Anything else fails the export.
        if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
      }
      await runner.query('CLOSE export_rows');
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      if (!res.headersSent && !res.destroyed) throw error;
      res.destroy(error as Error); // mid-stream: the client must not take a truncated file for a whole one
      return;
    } finally {
      await runner.release();
    }
    // Audited after the read-only transaction, through the pool, so a refused write can't cost the rows sent.
    await this.audit.record(ctx, { action: `export.${download.name}`, subjectType: 'Export', detail: { ...download.filters, rows, completed } });
    if (!res.destroyed) res.end();
  }

  private startResponse(res: Response, download: CsvDownload): void {
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${download.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
  }
}
