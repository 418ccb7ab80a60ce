import { Injectable } from '@nestjs/common';
import { RequestContext, TransactionalConnection } from '@waymark/platform';
import { OutboxJobEntity } from './outbox-job.entity';
import { OutboxRelay } from './outbox-relay.service';

/** What services call to start background work. */
@Injectable()
export class JobOutbox {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly relay: OutboxRelay,
  ) {}

  /** Records the job in ctx's transaction; it is relayed only once that transaction commits. */
  async enqueue(ctx: RequestContext, name: string, payload: Record<string, unknown>): Promise<string> {
    const job = await this.db.repository(ctx, OutboxJobEntity).save({ name, payload });
    ctx.afterCommit(() => this.relay.kick());
    return job.id;
  }
}
