import { SetMetadata } from '@nestjs/common';
import { RequestContext } from '@waymark/platform';

export const JOB_HANDLER_KEY = 'waymark:job-handler';

/**
 * A job's processor. It runs inside a transaction with a system RequestContext; whatever it writes
 * commits together with the mark that the job is done.
 */
export interface JobHandler<P = Record<string, unknown>> {
  handle(ctx: RequestContext, payload: P, jobId: string): Promise<void>;
}

/** `@JobProcessor('security.sign-in-throttled')` on an injectable class implementing JobHandler. */
export const JobProcessor = (name: string) => SetMetadata(JOB_HANDLER_KEY, name);
