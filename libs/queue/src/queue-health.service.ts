import { Inject, Injectable } from '@nestjs/common';
import { QueueHealth, TransactionalConnection } from '@waymark/platform';
import { JOB_TRANSPORT, JobTransport } from './transports/job-transport';

@Injectable()
export class QueueHealthService implements QueueHealth {
  constructor(
    @Inject(JOB_TRANSPORT) private readonly transport: JobTransport,
    private readonly db: TransactionalConnection,
  ) {}

  async status() {
    const [{ pending }] = await this.db.dataSource.query(`SELECT count(*)::int AS pending FROM outbox_job WHERE processed_at IS NULL`);
    return { mode: this.transport.mode, status: (await this.transport.isUp()) ? ('up' as const) : ('down' as const), pendingOutbox: pending };
  }
}
