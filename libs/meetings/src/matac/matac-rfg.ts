import { BadUserInputError } from '@waymark/platform';

/**
 * The RFG score a MATAC ranks people causing harm by (docs/domain.md §2): recency, frequency and
 * gravity of the incidents and harm recorded against each person in a window ending today.
 *
 * - an *event* is an incident in which he is recorded as causing harm, or a disclosed harm
 *   relationship recorded in the window (suspicions nobody has disclosed are not ranked);
 * - recency R = window months − whole months since his latest event (12 for last month, 1 for the
 *   oldest month of a 12-month window);
 * - frequency F = the number of events;
 * - gravity G = the sum of each event's gravity: a police domestic abuse notification 2, another
 *   reported incident 1; a harm relationship its gravest form (GRAVITY_OF_FORM);
 * - score = wR·R + wF·F + wG·G.
 */
export interface RfgWeights {
  recency: number;
  frequency: number;
  gravity: number;
}

export const DEFAULT_RFG_WEIGHTS: RfgWeights = { recency: 1, frequency: 1, gravity: 1 };
export const DEFAULT_RFG_WINDOW_MONTHS = 12;

export const GRAVITY_OF_INCIDENT: Record<string, number> = { POLICE_DA_NOTIFICATION: 2, OTHER_REPORTED_INCIDENT: 1 };

/** Non-fatal strangulation and sexual abuse are the strongest predictors of homicide; economic abuse and the family forms weigh least. */
export const GRAVITY_OF_FORM: Record<string, number> = {
  NON_FATAL_STRANGULATION: 5,
  SEXUAL: 5,
  HONOUR_BASED: 4,
  PHYSICAL: 3,
  STALKING_HARASSMENT: 3,
  COERCIVE_CONTROL: 3,
  ECONOMIC: 2,
  CHILD_TO_PARENT: 2,
  SIBLING: 2,
  INTERGENERATIONAL: 2,
};

/** Negative weights would reward a lack of harm; all zero would rank nobody. */
export function assertWeights(weights: RfgWeights): void {
  for (const key of ['recency', 'frequency', 'gravity'] as const) {
    if (!Number.isFinite(weights[key]) || weights[key] < 0) throw BadUserInputError.field(`weights.${key}`, 'must be zero or more');
  }
  if (weights.recency + weights.frequency + weights.gravity === 0) {
    throw BadUserInputError.field('weights', 'cannot all be zero: give at least one of recency, frequency or gravity a weight');
  }
}

const values = (table: Record<string, number>) =>
  Object.entries(table)
    .map(([code, points]) => `('${code}', ${points})`)
    .join(', ');

/**
 * One row per person causing harm with an event in the window, scored and ranked.
 * $1 window months, $2 today, $3..$5 the weights, $6 the manager's agency (null: the whole partnership), $7 one person (null: all), $8 limit.
 */
export const RFG_SQL = `
  WITH form_gravity(form, points) AS (VALUES ${values(GRAVITY_OF_FORM)}),
  incident_gravity(kind, points) AS (VALUES ${values(GRAVITY_OF_INCIDENT)}),
  in_scope AS (
    SELECT f.id FROM family f WHERE $6::uuid IS NULL OR f.agency_id = $6::uuid
  ),
  events AS (
    SELECT ip.person_id, i.family_id, i.occurred_on AS on_date, ig.points AS gravity, i.kind AS what
      FROM incident i
      JOIN incident_person ip ON ip.incident_id = i.id AND ip.role = 'PERSON_CAUSING_HARM'
      JOIN incident_gravity ig ON ig.kind = i.kind
     WHERE i.family_id IN (SELECT id FROM in_scope)
       AND i.occurred_on > $2::date - make_interval(months => $1::int) AND i.occurred_on <= $2::date
    UNION ALL
    SELECT h.person_causing_harm_id, h.family_id, h.recorded_on, g.points, g.form
      FROM harm_relationship h
     CROSS JOIN LATERAL (SELECT fg.form, fg.points FROM form_gravity fg WHERE fg.form = ANY(h.forms) ORDER BY fg.points DESC, fg.form LIMIT 1) g
     WHERE h.family_id IN (SELECT id FROM in_scope) AND h.disclosure = 'DISCLOSED'
       AND h.recorded_on > $2::date - make_interval(months => $1::int) AND h.recorded_on <= $2::date
  ),
  victims AS (
    SELECT ip.person_id, v.person_id AS victim_id
      FROM incident i
      JOIN incident_person ip ON ip.incident_id = i.id AND ip.role = 'PERSON_CAUSING_HARM'
      JOIN incident_person v ON v.incident_id = i.id AND v.role = 'ADULT_VICTIM'
     WHERE i.family_id IN (SELECT id FROM in_scope)
       AND i.occurred_on > $2::date - make_interval(months => $1::int) AND i.occurred_on <= $2::date
    UNION
    SELECT h.person_causing_harm_id, h.person_harmed_id
      FROM harm_relationship h
     WHERE h.family_id IN (SELECT id FROM in_scope) AND h.disclosure = 'DISCLOSED'
       AND h.recorded_on > $2::date - make_interval(months => $1::int) AND h.recorded_on <= $2::date
  ),
  per_person AS (
    SELECT e.person_id, max(e.on_date) AS latest_on, count(*)::int AS frequency, sum(e.gravity)::int AS gravity,
           (array_agg(e.family_id ORDER BY e.on_date DESC, e.family_id))[1] AS family_id,
           array_agg(DISTINCT e.what) AS kinds
      FROM events e WHERE $7::uuid IS NULL OR e.person_id = $7::uuid
     GROUP BY e.person_id
  ),
  scored AS (
    SELECT pp.*, ($1::int - (extract(year FROM age($2::date, pp.latest_on)) * 12 + extract(month FROM age($2::date, pp.latest_on)))::int) AS recency,
           (SELECT count(DISTINCT v.victim_id)::int FROM victims v WHERE v.person_id = pp.person_id) AS victims
      FROM per_person pp
  )
  SELECT s.person_id, p.given_name, p.family_name, s.family_id, s.latest_on::text AS latest_on, s.frequency, s.gravity, s.recency, s.victims, s.kinds,
         ($3::float8 * s.recency + $4::float8 * s.frequency + $5::float8 * s.gravity) AS score
    FROM scored s JOIN person p ON p.id = s.person_id AND p.merged_into_id IS NULL
   ORDER BY score DESC, s.latest_on DESC, s.person_id
   LIMIT $8`;
