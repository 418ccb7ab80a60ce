import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../context/public.decorator';

export const QUEUE_HEALTH = Symbol('QUEUE_HEALTH');

export interface QueueHealth {
  status(): Promise<{ mode: string; status: 'up' | 'down'; pendingOutbox: number }>;
}

/**
 * Readiness: 200 when the database answers. The queue does not fail readiness (while Redis is away
 * jobs wait in the outbox and nothing is lost), but a queue that is down makes the status "degraded".
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(QUEUE_HEALTH) private readonly queue: QueueHealth,
  ) {}

  @Public()
  @Get()
  async check(@Res() res: Response): Promise<void> {
    const database = await this.dataSource
      .query('SELECT 1')
      .then(() => 'up' as const)
      .catch(() => 'down' as const);
    const queue = await this.queue.status().catch(() => ({ mode: 'unknown', status: 'down' as const, pendingOutbox: -1 }));
    const status = database === 'up' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE;
    const summary = database === 'down' ? 'unavailable' : queue.status === 'down' ? 'degraded' : 'ok';
    res.status(status).json({ status: summary, database, queue });
  }
}
