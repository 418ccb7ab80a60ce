import { EntityManager } from 'typeorm';
import { CandidateSet } from './signal-candidates';

export interface MergeCounts {
  raised: number;
  reopened: number;
  resolved: number;
}

/**
 * Brings risk_signal in line with a run's candidates, in one statement: raises new signals, re-opens
 * resolved ones that hold again, refreshes those whose content changed, and resolves those in scope
 * (the kinds evaluated, and the families, or all) that no longer hold. Each state change appends to
 * risk_signal_event.
 *
 * Candidates meet held signals on their key and content digest only. A signal that holds just as
 * before is not touched, and the evidence and facts of the few that changed are read afterwards:
 * comparing the content itself hashed every held signal with its evidence (about 130 MB at 100,000
 * families) on every nightly run. A signal whose digest is unknown (NULL) is refreshed once.
 *
 * A signal is raised now, unless `raisedOnEvidence`: then on the day of the latest record in its
 * evidence (09:00 UTC, never later than now), the first day an evaluation could have seen the whole
 * pattern. That is for a first evaluation over records entered after the fact (the demo's years of
 * generated history), where "now" would date every signal to the load.
 */
export async function mergeCandidates(
  manager: EntityManager,
  found: CandidateSet,
  familyIds: string[] | null,
  kinds: string[],
  raisedOnEvidence = false,
): Promise<MergeCounts> {
  const [counts] = await manager.query(
    `WITH held AS (
       SELECT s.id, s.kind, s.family_id, s.subject_key, s.state, s.digest
         FROM risk_signal s
        WHERE s.kind = ANY($2::text[]) AND ($1::uuid[] IS NULL OR s.family_id = ANY($1::uuid[]))
     ),
     compared AS (
       SELECT h.id, h.state AS previous_state, c.kind, c.family_id, c.subject_key
         FROM (SELECT kind, family_id, subject_key, digest FROM ${found.source} x) c
         FULL JOIN held h ON h.kind = c.kind AND h.family_id = c.family_id AND h.subject_key = c.subject_key
        WHERE h.id IS NULL
           OR (c.kind IS NULL AND h.state <> 'RESOLVED')
           OR (c.kind IS NOT NULL AND (h.state = 'RESOLVED' OR h.digest IS DISTINCT FROM c.digest))
     ),
     changed AS (
       SELECT m.id, m.previous_state, c.kind, c.family_id, c.subject_key, c.person_ids, c.severity, c.evidence, c.facts, c.digest
         FROM compared m JOIN ${found.source} c ON c.kind = m.kind AND c.family_id = m.family_id AND c.subject_key = m.subject_key
     ),
     refreshed AS (
       UPDATE risk_signal s
          SET person_ids = m.person_ids, severity = m.severity, evidence = m.evidence, facts = m.facts, digest = m.digest, last_evaluated_at = now(),
              state = CASE WHEN m.previous_state = 'RESOLVED' THEN 'OPEN' ELSE s.state END,
              last_raised_at = CASE WHEN m.previous_state = 'RESOLVED' THEN now() ELSE s.last_raised_at END,
              resolved_at = CASE WHEN m.previous_state = 'RESOLVED' THEN NULL ELSE s.resolved_at END,
              resolution = CASE WHEN m.previous_state = 'RESOLVED' THEN NULL ELSE s.resolution END,
              acknowledged_by_user_id = CASE WHEN m.previous_state = 'RESOLVED' THEN NULL ELSE s.acknowledged_by_user_id END,
              acknowledged_at = CASE WHEN m.previous_state = 'RESOLVED' THEN NULL ELSE s.acknowledged_at END,
              acknowledged_note = CASE WHEN m.previous_state = 'RESOLVED' THEN NULL ELSE s.acknowledged_note END
         FROM changed m
        WHERE s.id = m.id
       RETURNING s.id, s.family_id, s.severity, m.previous_state
     ),
     raised AS (
       INSERT INTO risk_signal (kind, family_id, subject_key, person_ids, severity, evidence, facts, digest, state, first_raised_at, last_raised_at)
       SELECT kind, family_id, subject_key, person_ids, severity, evidence, facts, digest, 'OPEN', raised_at, raised_at
         FROM (SELECT c.*, CASE WHEN $3::boolean
                           THEN least(clock_timestamp(), coalesce((SELECT (max(left(e ->> 'date', 10))::date + time '09:00') AT TIME ZONE 'UTC'
                                                         FROM jsonb_array_elements(c.evidence) e), clock_timestamp()))
                           ELSE clock_timestamp() END AS raised_at
                 FROM changed c WHERE c.id IS NULL) c
       RETURNING id, family_id, severity, first_raised_at
     ),
     resolved AS (
       UPDATE risk_signal s
          SET state = 'RESOLVED', resolution = 'AUTO', resolved_at = now(), last_evaluated_at = now()
         FROM compared m
        WHERE s.id = m.id AND m.kind IS NULL
       RETURNING s.id, s.family_id
     ),
     written AS (
       INSERT INTO risk_signal_event (signal_id, family_id, kind, detail, occurred_at)
       SELECT id, family_id, 'REOPENED', jsonb_build_object('severity', severity), clock_timestamp() FROM refreshed WHERE previous_state = 'RESOLVED'
       UNION ALL
       SELECT id, family_id, 'RAISED', jsonb_build_object('severity', severity), CASE WHEN $3::boolean THEN first_raised_at ELSE clock_timestamp() END FROM raised
       UNION ALL
       SELECT id, family_id, 'RESOLVED', jsonb_build_object('resolution', 'AUTO'), clock_timestamp() FROM resolved
       RETURNING kind
     )
     SELECT count(*) FILTER (WHERE kind = 'RAISED')::int AS raised, count(*) FILTER (WHERE kind = 'REOPENED')::int AS reopened,
            count(*) FILTER (WHERE kind = 'RESOLVED')::int AS resolved
       FROM written`,
    [familyIds, kinds, raisedOnEvidence],
  );
  return counts;
}
