import { Injectable } from '@nestjs/common';
import { allowed, assertCan, onlyAllowed, UserEntity } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { FamilyMembershipEntity, FamilyService, MemberKind, PersonEntity, PersonService } from '@waymark/families';
import { BadUserInputError, EntityLoader, NotFoundError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { RecordSafetyPlanInput, ReviewSafetyPlanInput } from './dto/record-safety-plan.input';
import { SafetyPlanFor } from './safety-plan-kinds';
import { SafetyPlanEntity, SafetyPlanReviewEntity } from './safety-plan.entity';

/** Recorded as causing harm in the family and never as harmed there: a plan "for" him would be a plan about her. */
const ONLY_CAUSES_HARM = `
  SELECT (EXISTS (SELECT 1 FROM harm_relationship WHERE family_id = $1 AND person_causing_harm_id = $2)
          OR EXISTS (SELECT 1 FROM risk_assessment WHERE family_id = $1 AND person_causing_harm_id = $2))
     AND NOT EXISTS (SELECT 1 FROM harm_relationship WHERE family_id = $1 AND person_harmed_id = $2) AS only_causes_harm`;

const cleanMeasures = (measures: string[]) => measures.map((measure) => measure.trim());

/**
 * Safety plans, made and reviewed by those working for the victim on families they work with. Who may
 * read them at all is the victim-side policy's decision (libs/access/src/policy/victim-side.policy.ts).
 */
@Injectable()
export class SafetyPlanService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly families: FamilyService,
    private readonly people: PersonService,
    private readonly loader: EntityLoader,
  ) {}

  async record(ctx: RequestContext, input: RecordSafetyPlanInput): Promise<SafetyPlanEntity> {
    await this.families.get(ctx, input.familyId, 'read');
    await assertCan(
      ctx,
      'record',
      'SafetyPlan',
      { familyId: input.familyId },
      'Safety plans are made by the allocated case practitioner or a DVA specialist co-working this family.',
    );
    const person = await this.people.findVisible(ctx, input.personId, 'personId');
    const memberships = await this.db.repository(ctx, FamilyMembershipEntity).findBy({ familyId: input.familyId, personId: input.personId });
    if (!memberships.length) {
      throw BadUserInputError.field('personId', `${person.givenName} is not, and has never been, a member of this family; add them to the family first`);
    }
    const planFor = memberships.some((m) => m.kind === MemberKind.CHILD) ? SafetyPlanFor.CHILD : SafetyPlanFor.ADULT_VICTIM;
    if (planFor === SafetyPlanFor.ADULT_VICTIM) {
      const [{ only_causes_harm }] = await this.db.manager(ctx).query(ONLY_CAUSES_HARM, [input.familyId, input.personId]);
      if (only_causes_harm) {
        throw BadUserInputError.field(
          'personId',
          `${person.givenName} is recorded as causing harm in this family; a safety plan is for the adult victim or a child`,
        );
      }
    }
    if (input.madeOn > today()) throw BadUserInputError.field('madeOn', 'cannot be in the future');
    if (input.nextReviewOn && input.nextReviewOn < input.madeOn) throw BadUserInputError.field('nextReviewOn', `is before the plan was made (${input.madeOn})`);
    const plan = await this.db.repository(ctx, SafetyPlanEntity).save({
      familyId: input.familyId,
      personId: input.personId,
      planFor,
      madeOn: input.madeOn,
      nextReviewOn: input.nextReviewOn ?? null,
      lastReviewedOn: null,
      measures: cleanMeasures(input.measures),
      recordedByUserId: ctx.actor!.userId,
      recordedByAgencyId: ctx.actor!.agencyId,
    });
    // The audit names the plan, never its measures.
    await this.audit.record(ctx, { action: 'safety_plan.record', subjectType: 'Family', subjectId: input.familyId, detail: { planId: plan.id, planFor } });
    return plan;
  }

  async review(ctx: RequestContext, input: ReviewSafetyPlanInput): Promise<SafetyPlanEntity> {
    const plan = await this.db
      .repository(ctx, SafetyPlanEntity)
      .createQueryBuilder('plan')
      .setLock('pessimistic_write')
      .where('plan.id = :id', { id: input.planId })
      .getOne();
    if (!plan || !(await allowed(ctx, 'read', 'SafetyPlan', plan))) throw new NotFoundError('planId: no safety plan you can see has that id.');
    await assertCan(
      ctx,
      'review',
      'SafetyPlan',
      plan,
      'Safety plans are reviewed by the allocated case practitioner or a DVA specialist co-working the family.',
    );
    const since = plan.lastReviewedOn ?? plan.madeOn;
    if (input.reviewedOn > today()) throw BadUserInputError.field('reviewedOn', 'cannot be in the future');
    if (input.reviewedOn < since) {
      throw BadUserInputError.field('reviewedOn', `is before the plan was ${plan.lastReviewedOn ? 'last reviewed' : 'made'} (${since})`);
    }
    if (input.nextReviewOn && input.nextReviewOn < input.reviewedOn) {
      throw BadUserInputError.field('nextReviewOn', `is before this review (${input.reviewedOn})`);
    }
    const measures = cleanMeasures(input.measures);
    const review = await this.db.repository(ctx, SafetyPlanReviewEntity).save({
      planId: plan.id,
      reviewedOn: input.reviewedOn,
      measures,
      note: input.note?.trim() || null,
      nextReviewOn: input.nextReviewOn ?? null,
      reviewedByUserId: ctx.actor!.userId,
    });
    plan.measures = measures;
    plan.lastReviewedOn = input.reviewedOn;
    plan.nextReviewOn = input.nextReviewOn ?? null;
    await this.db.repository(ctx, SafetyPlanEntity).save(plan);
    await this.audit.record(ctx, {
      action: 'safety_plan.review',
      subjectType: 'Family',
      subjectId: plan.familyId,
      detail: { planId: plan.id, reviewId: review.id },
    });
    return plan;
  }

  async get(ctx: RequestContext, id: string): Promise<SafetyPlanEntity> {
    const plan = await this.db.repository(ctx, SafetyPlanEntity).findOneBy({ id });
    if (!plan || !(await allowed(ctx, 'read', 'SafetyPlan', plan))) throw new NotFoundError('No safety plan you can see has that id.');
    return plan;
  }

  /**
   * The family's plans, oldest first; null when the caller may not see safety plans at all (so a screen
   * shows nothing of them, rather than "none").
   */
  async forFamily(ctx: RequestContext, familyId: string): Promise<SafetyPlanEntity[] | null> {
    // This family's plans: a rule with a condition makes can('read', 'SafetyPlan') true for anyone it names at all.
    if (!(await allowed(ctx, 'read', 'SafetyPlan', { familyId }))) return null;
    const rows = await this.loader.allBy(ctx, SafetyPlanEntity, 'familyId', familyId, { madeOn: 'ASC', recordedAt: 'ASC' });
    return onlyAllowed(ctx, 'read', 'SafetyPlan', rows);
  }

  reviews(ctx: RequestContext, planId: string): Promise<SafetyPlanReviewEntity[]> {
    return this.loader.allBy(ctx, SafetyPlanReviewEntity, 'planId', planId, { reviewedOn: 'ASC', recordedAt: 'ASC' });
  }

  person(ctx: RequestContext, personId: string): Promise<PersonEntity | null> {
    return this.people.load(ctx, personId);
  }

  user(ctx: RequestContext, userId: string): Promise<UserEntity> {
    return this.loader.byId(ctx, UserEntity, userId);
  }
}
