export const JOB_TRANSPORT = Symbol('JOB_TRANSPORT');

export interface OutboxJobRef {
  id: string;
  name: string;
}

/** What redelivering a stale job did: put it back on the queue, or left it because the queue still has it waiting or running. */
export type Redelivery = 'requeued' | 'still-queued';

/** Carries outbox jobs to a runner: BullMQ on Redis, or an in-process loop when Redis is not configured. */
export interface JobTransport {
  readonly mode: 'bullmq' | 'in-process';
  /** Rejects when the job could not be handed over; the relay then leaves it in the outbox. */
  dispatch(job: OutboxJobRef): Promise<void>;
  /**
   * For a job handed over long ago and still unprocessed: hands it over again if the queue lost it, or runs it
   * again if the queue holds it as failed (attempts used up) or completed, so that it does run.
   */
  redeliver(job: OutboxJobRef): Promise<Redelivery>;
  /** Of these handed-over jobs, the ids the queue no longer holds at all (Redis lost its data). */
  missing(ids: string[]): Promise<string[]>;
  /** `listener` runs each time the transport (re)connects to its store, when it may have lost jobs. */
  onConnected(listener: () => void): void;
  isUp(): Promise<boolean>;
  close(): Promise<void>;
}
