import { INestApplicationContext } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { RequestContext } from '@waymark/platform';

/** Exits non-zero when the chain is broken, so it can run from cron or monitoring. */
export async function verifyAudit(app: INestApplicationContext): Promise<string> {
  const report = await app.get(AuditService).verifyChain(RequestContext.system('cli'));
  if (!report.intact) {
    process.exitCode = 2;
    return `Audit trail BROKEN after checking ${report.eventsChecked} events. First broken event: ${report.firstBrokenEventId}. ${report.problem}`;
  }
  return `Audit trail intact: ${report.eventsChecked} events checked.`;
}
