import { list, sentence } from '../explanation';
import { AS_OF, evidence, inScope, SignalDefinition } from '../signal-definition';
import { SignalKind } from '../signal-kinds';
import { DVA_FACTORS } from './shared-sql';

const NEEDS: Record<string, string> = { ADULT_MENTAL_HEALTH: 'parental mental health', SUBSTANCE_MISUSE: 'parental substance misuse' };

/**
 * UNMET_COOCCURRING_NEED (docs/domain.md §4.9): a child's latest assessment (up to the evaluation date)
 * records domestic abuse (3A/3B/3C) together with parental mental health (4B) or parental alcohol or
 * drug misuse (1B/2B), and since that assessment no adult of the family has been referred (submitted,
 * not a draft) to the matching service (ADULT_MENTAL_HEALTH / SUBSTANCE_MISUSE). The census factors
 * do not say which parent, so "that adult" is any adult member of the family on the assessment date:
 * a referral for any of them meets the need. One signal per child; HIGH when both needs are unmet.
 */
export const unmetCooccurringNeed: SignalDefinition = {
  kind: SignalKind.UNMET_COOCCURRING_NEED,
  sql: `
    WITH latest AS (
      SELECT DISTINCT ON (a.family_id, a.child_id) a.id, a.family_id, a.child_id, a.assessed_on, a.factors
        FROM assessment a
       WHERE ${inScope('a.family_id')} AND a.assessed_on <= ${AS_OF}
       ORDER BY a.family_id, a.child_id, a.assessed_on DESC, a.created_at DESC, a.id DESC
    ),
    need AS (
      SELECT l.*, n.service_type
        FROM latest l
        CROSS JOIN LATERAL (VALUES ('ADULT_MENTAL_HEALTH', l.factors && ARRAY['4B']), ('SUBSTANCE_MISUSE', l.factors && ARRAY['1B', '2B'])) AS n(service_type, present)
       WHERE l.factors && ${DVA_FACTORS} AND n.present
    ),
    -- Every reference to the need is in the WHERE clause, not in a JOIN's ON: only then can PostgreSQL
    -- run the NOT EXISTS as one anti join instead of a subquery per need (75,000 of them at 100,000 families).
    unmet AS (
      SELECT n.* FROM need n
       WHERE NOT EXISTS (
         SELECT 1 FROM referral r JOIN service s ON s.id = r.service_id
           JOIN family_membership fm ON fm.family_id = r.family_id AND fm.person_id = r.subject_person_id AND fm.kind = 'ADULT'
          WHERE r.family_id = n.family_id AND s.type = n.service_type AND r.submitted_on >= n.assessed_on AND r.submitted_on <= ${AS_OF}
            AND fm.joined_on <= n.assessed_on AND (fm.left_on IS NULL OR fm.left_on >= n.assessed_on))
    )
    SELECT family_id, child_id::text, ARRAY[child_id],
           CASE WHEN count(*) > 1 THEN 'HIGH' ELSE 'MEDIUM' END,
           jsonb_build_array(${evidence('Assessment', 'id', 'assessed_on', `'Assessment factors ' || array_to_string(factors, ', ')`)}),
           jsonb_build_object('childId', child_id, 'assessedOn', assessed_on, 'unmet', jsonb_agg(service_type ORDER BY service_type))
      FROM unmet
     GROUP BY family_id, child_id, id, assessed_on, factors`,

  explain(facts, say) {
    const needs = (facts.unmet as string[]).map((type) => NEEDS[type] ?? type);
    const services = (facts.unmet as string[]).map((type) => (type === 'ADULT_MENTAL_HEALTH' ? 'adult mental health' : 'substance misuse'));
    return sentence([
      `${say.name(facts.childId)}'s assessment on ${say.date(facts.assessedOn)} recorded domestic abuse alongside ${list(needs)}`,
      `no adult in the family has been referred to ${list(services)} services since`,
    ]);
  },
};
