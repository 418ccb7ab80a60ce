import { Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import type { Response } from 'express';
import { csvLine } from './csv';

export const FETCH_SIZE = 1000;

export interface CsvDownload {
  filename: string;
  columns: readonly string[];
  /** Audited as `export.<name>`, with the filters. */
  name: string;
  filters: Record<string, unknown>;
}

/**
 * Writes CSV to an HTTP response. Row exports read through a server-side cursor, FETCH_SIZE rows at
 * a time, inside one read-only transaction on one connection, and wait for the socket to drain
 * before fetching more: memory stays flat however many rows there are. The audit event (filters and
 * row count, never content) is written in the same transaction, once the rows are out.
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
    res.end([csvLine([...download.columns]), ...rows.map((row) => csvLine(row))].join(''));
  }

  async streamQuery(ctx: RequestContext, res: Response, download: CsvDownload, query: { sql: string; params: unknown[] }): Promise<void> {
    const runner = this.db.dataSource.createQueryRunner();
    await runner.connect();
    let rows = 0;
    let completed = false;
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      await runner.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${query.sql}`, query.params);
      this.startResponse(res, download);
      await write(res, csvLine([...download.columns]));
      for (;;) {
        if (res.destroyed) break; // the client went away: stop reading
        const batch: Array<Record<string, unknown>> = await runner.query(`FETCH ${FETCH_SIZE} FROM export_rows`);
        if (!batch.length) {
          completed = true;
          break;
        }
        rows += batch.length;
        await write(res, batch.map((row) => csvLine(download.columns.map((c) => row[c] as string | null))).join(''));
      }
      await runner.query('CLOSE export_rows');
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      if (!res.headersSent) throw error;
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

/** Writes a chunk, waiting for 'drain' when the socket's buffer is full (back-pressure). */
async function write(res: Response, chunk: string): Promise<void> {
  if (res.write(chunk)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
