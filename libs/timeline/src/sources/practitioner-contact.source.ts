import { codeWords } from '@waymark/platform';
import { TimelineKind } from '../timeline-kind';
import { TimelineSource } from '../timeline-source';

const OUTCOME: Record<string, string> = { SEEN: 'seen', NOT_SEEN: 'not seen', REFUSED: 'refused to engage' };

export const practitionerContactSource: TimelineSource = {
  kinds: [TimelineKind.PRACTITIONER_CONTACT],
  sql: `
    SELECT 'PRACTITIONER_CONTACT', 'practitioner-contact:' || c.id, c.occurred_on, c.recorded_at, c.recorded_by_user_id,
           ARRAY[c.person_causing_harm_id], jsonb_build_object('kind', c.kind, 'outcome', c.outcome)
      FROM practitioner_contact c WHERE c.family_id = $1`,
  summary: (row, name) =>
    `${codeWords(row.data.kind).replace(/^./, (c) => c.toUpperCase())} with ${name(row.person_ids[0])}: ${OUTCOME[String(row.data.outcome)] ?? codeWords(row.data.outcome)}.`,
};
