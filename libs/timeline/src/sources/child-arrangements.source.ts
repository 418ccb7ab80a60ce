import { codeWords } from '@waymark/platform';
import { TimelineKind } from '../timeline-kind';
import { TimelineSource } from '../timeline-source';

const words = codeWords;

export const childContactSource: TimelineSource = {
  kinds: [TimelineKind.CHILD_CONTACT_STARTED, TimelineKind.CHILD_CONTACT_ENDED],
  sql: `
    SELECT 'CHILD_CONTACT_STARTED', 'contact-started:' || c.id, c.started_on, c.recorded_at, c.recorded_by_user_id,
           ARRAY[c.child_id, c.person_causing_harm_id], jsonb_build_object('arrangement', c.arrangement)
      FROM child_contact c WHERE c.family_id = $1
    UNION ALL
    SELECT 'CHILD_CONTACT_ENDED', 'contact-ended:' || c.id, c.ended_on, NULL, NULL,
           ARRAY[c.child_id, c.person_causing_harm_id], jsonb_build_object('arrangement', c.arrangement)
      FROM child_contact c WHERE c.family_id = $1 AND c.ended_on IS NOT NULL`,
  summary: (row, name) =>
    row.kind === TimelineKind.CHILD_CONTACT_STARTED
      ? `${name(row.person_ids[0])} started ${words(row.data.arrangement)} contact with ${name(row.person_ids[1])}.`
      : `${name(row.person_ids[0])}'s ${words(row.data.arrangement)} contact with ${name(row.person_ids[1])} ended.`,
};

export const kinshipPlacementSource: TimelineSource = {
  kinds: [TimelineKind.KINSHIP_PLACEMENT_STARTED, TimelineKind.KINSHIP_PLACEMENT_ENDED],
  sql: `
    SELECT 'KINSHIP_PLACEMENT_STARTED', 'placement-started:' || p.id, p.placed_on, p.recorded_at, p.recorded_by_user_id,
           ARRAY[p.child_id, p.carer_id], jsonb_build_object('carerRelationship', p.carer_relationship)
      FROM kinship_placement p WHERE p.family_id = $1
    UNION ALL
    SELECT 'KINSHIP_PLACEMENT_ENDED', 'placement-ended:' || p.id, p.ended_on, NULL, NULL,
           ARRAY[p.child_id, p.carer_id], jsonb_build_object('carerRelationship', p.carer_relationship)
      FROM kinship_placement p WHERE p.family_id = $1 AND p.ended_on IS NOT NULL`,
  summary: (row, name) =>
    row.kind === TimelineKind.KINSHIP_PLACEMENT_STARTED
      ? `${name(row.person_ids[0])} was placed with ${name(row.person_ids[1])} (${words(row.data.carerRelationship)}).`
      : `${name(row.person_ids[0])}'s placement with ${name(row.person_ids[1])} ended.`,
};
