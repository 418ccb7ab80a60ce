import { allowed } from '@waymark/access';
import { TimelineKind } from '../timeline-kind';
import { TimelineSource } from '../timeline-source';

/**
 * Safety plans made and reviewed. The victim-side policy takes safety plans away from anyone not
 * working for the victim: for them these entries do not exist (left out in SQL). Never the measures.
 */
export const safetyPlanSource: TimelineSource = {
  kinds: [TimelineKind.SAFETY_PLAN_MADE, TimelineKind.SAFETY_PLAN_REVIEWED],
  // Asked of this family's plans, not of plans anywhere: a rule with a condition makes can('read', 'SafetyPlan') true for everyone it names.
  hiddenKinds: async (_ability, ctx, familyId) =>
    (await allowed(ctx, 'read', 'SafetyPlan', { familyId })) ? [] : [TimelineKind.SAFETY_PLAN_MADE, TimelineKind.SAFETY_PLAN_REVIEWED],
  sql: `
    SELECT 'SAFETY_PLAN_MADE', 'safety-plan:' || p.id, p.made_on, p.recorded_at, p.recorded_by_user_id, ARRAY[p.person_id],
           jsonb_build_object('measures', cardinality(p.measures))
      FROM safety_plan p WHERE p.family_id = $1
    UNION ALL
    SELECT 'SAFETY_PLAN_REVIEWED', 'safety-plan-review:' || r.id, r.reviewed_on, r.recorded_at, r.reviewed_by_user_id, ARRAY[p.person_id],
           jsonb_build_object('measures', cardinality(r.measures))
      FROM safety_plan_review r JOIN safety_plan p ON p.id = r.plan_id WHERE p.family_id = $1`,
  summary: (row, name) => {
    const measures = `${row.data.measures} measure${row.data.measures === 1 ? '' : 's'} agreed`;
    return row.kind === TimelineKind.SAFETY_PLAN_MADE
      ? `Safety plan made for ${name(row.person_ids[0])}: ${measures}.`
      : `Safety plan for ${name(row.person_ids[0])} reviewed: ${measures}.`;
  },
};
