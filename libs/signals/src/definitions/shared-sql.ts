import { AS_OF, inScope } from '../signal-definition';

/** A meeting's date, as the meetings and referrals code reads it. */
export const meetingDate = (alias: string) => `(${alias}.starts_at AT TIME ZONE 'UTC')::date`;

/** Participation values that mean the person took part, in person or through their views. */
export const TOOK_PART = `('ATTENDED', 'ATTENDED_PART', 'WRITTEN_VIEWS', 'SEPARATE_MEETING', 'VIEWS_VIA_ADVOCATE')`;

/** Child views that count as the child's view recorded. */
export const VIEW_RECORDED = `('DIRECT_WORK', 'VIA_ADVOCATE', 'WRITTEN')`;

/** DVA in the CIN census factors. */
export const DVA_FACTORS = `ARRAY['3A', '3B', '3C']`;

/**
 * The status of each of the family's referrals (those meeting `condition` on referral `r`) as it stood
 * on the evaluation date, from the dated history (the current status may have moved on since):
 * referral_id, status, changed_on, decline_reason. Filtering the referrals here spares sorting the
 * whole history of the others.
 */
export const referralStatusAsOf = (condition = 'TRUE') => `
  SELECT DISTINCT ON (c.referral_id) c.referral_id, c.to_status AS status, c.occurred_on AS changed_on, c.decline_reason
    FROM referral r JOIN referral_status_change c ON c.referral_id = r.id
   WHERE ${inScope('r.family_id')} AND ${condition} AND c.occurred_on <= ${AS_OF}
   ORDER BY c.referral_id, c.occurred_on DESC, c.recorded_at DESC, c.id DESC`;

/**
 * The family's meetings up to the evaluation date that were not cancelled, one row per agenda item
 * (item_id, meeting_id, family_id, meeting_on, meeting_type).
 */
export const FAMILY_MEETINGS = `
  SELECT ai.id AS item_id, ai.meeting_id, ai.family_id, ${meetingDate('m')} AS meeting_on, m.type AS meeting_type
    FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
   WHERE ${inScope('ai.family_id')} AND m.status <> 'CANCELLED' AND ${meetingDate('m')} <= ${AS_OF}`;

/**
 * The two people of a couple relationship, looked up by its key for each row. A join would hash every
 * relationship (nearly 500,000 at 100,000 families) to find the few thousand a signal names.
 */
export const couple = (relationshipId: string) => `(SELECT ARRAY[r.person_id, r.related_person_id] FROM person_relationship r WHERE r.id = ${relationshipId})`;
