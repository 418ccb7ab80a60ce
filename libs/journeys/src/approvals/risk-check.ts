import { createHash } from 'node:crypto';
import { PreviewedSignal } from '@waymark/signals';

/** The risk check as kept with a decision: the signals' facts (ids, dates, codes), put into words for each reader. */
export interface StoredRiskCheck {
  asOf: string;
  digest: string;
  signals: PreviewedSignal[];
}

/** One value for what the check found, so an approval can say it was given on the check the manager read. */
export function riskDigest(signals: PreviewedSignal[]): string {
  const content = signals.map((s) => [s.kind, s.subjectKey, s.severity, s.personIds, s.evidence, s.facts]);
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}
