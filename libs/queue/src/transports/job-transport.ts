export const JOB_TRANSPORT = Symbol('JOB_TRANSPORT');

/** Carries outbox jobs to a runner: BullMQ on Redis, or an in-process loop when Redis is not configured. */
export interface JobTransport {
  readonly mode: 'bullmq' | 'in-process';
  /** Rejects when the job could not be handed over; the relay then leaves it in the outbox. */
  dispatch(job: { id: string; name: string }): Promise<void>;
  isUp(): Promise<boolean>;
  close(): Promise<void>;
}
