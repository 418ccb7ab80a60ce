import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { databaseUnavailableReason, describeError, JsonLogger, RequestContext, TransactionalConnection } from '@waymark/platform';
import { JOB_HANDLER_KEY, JobHandler } from './job-handler';

export type RunOutcome = 'processed' | 'already-processed';

/** Executes one outbox job exactly once in effect, whichever transport delivered it and how often. */
@Injectable()
export class JobRunner implements OnModuleInit {
  private readonly handlers = new Map<string, JobHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly db: TransactionalConnection,
    private readonly logger: JsonLogger,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as JobHandler | undefined;
      const name = instance?.constructor && Reflect.getMetadata(JOB_HANDLER_KEY, instance.constructor);
      if (name) this.handlers.set(name, instance!);
    }
  }

  jobNames(): string[] {
    return [...this.handlers.keys()].sort();
  }

  async run(outboxId: string): Promise<RunOutcome> {
    const ctx = RequestContext.system('job');
    const started = Date.now();
    try {
      const outcome = await this.db.withTransaction(ctx, async (tx) => {
        // Claiming the row locks it: a duplicate delivery waits here, then finds it processed.
        const [rows] = await this.db.manager(tx).query(
          `UPDATE outbox_job SET processed_at = now(), attempts = attempts + 1
             WHERE id = $1 AND processed_at IS NULL RETURNING name, payload`,
          [outboxId],
        );
        const claimed = rows?.[0] as { name: string; payload: Record<string, unknown> } | undefined;
        if (!claimed) return 'already-processed' as const;
        const handler = this.handlers.get(claimed.name);
        if (!handler) throw new Error(`No processor for job "${claimed.name}"`);
        await handler.handle(tx, claimed.payload, outboxId);
        return 'processed' as const;
      });
      this.logger.event('info', 'job.run', { jobId: outboxId, outcome, durationMs: Date.now() - started });
      return outcome;
    } catch (error) {
      const unavailable = databaseUnavailableReason(error);
      if (unavailable) {
        // Not the job's fault, and not one of its attempts: the transport holds it back until the database answers
        // (recording the failure would fail too).
        this.logger.event('warn', 'job.database_unavailable', { jobId: outboxId, reason: unavailable });
        throw error;
      }
      const description = describeError(error);
      await this.db.dataSource
        .query(`UPDATE outbox_job SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
          outboxId,
          JSON.stringify({ ...description, stack: undefined }).slice(0, 1000),
        ])
        .catch(() => undefined);
      this.logger.event('error', 'job.failed', { jobId: outboxId, ...description });
      throw error;
    }
  }
}
