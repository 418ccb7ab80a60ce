import { Injectable } from '@nestjs/common';
import { abilityOf, allowed, applyAccessFilter, onlyAllowed } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { FamilyMembershipEntity, FamilyService, PersonService } from '@waymark/families';
import { BadUserInputError, Connection, EntityLoader, NotFoundError, paginate, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { RecordRiskAssessmentInput, RiskAssessmentsArgs } from './dto/record-risk-assessment.input';
import { dashAnswersProblem, dashScore } from './dash';
import { RiskAssessmentEntity } from './risk-assessment.entity';

/** DASH risk assessments: the answers, the score they give, and the assessor's judgement. */
@Injectable()
export class RiskAssessmentService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly families: FamilyService,
    private readonly people: PersonService,
    private readonly loader: EntityLoader,
  ) {}

  async record(ctx: RequestContext, input: RecordRiskAssessmentInput): Promise<RiskAssessmentEntity> {
    await this.families.get(ctx, input.familyId, 'update');
    const problem = dashAnswersProblem(input.answers);
    if (problem) throw BadUserInputError.field('answers', problem);
    if (input.victimPersonId === input.personCausingHarmId) {
      throw BadUserInputError.field('personCausingHarmId', 'must be a different person from the victim');
    }
    await this.assertMember(ctx, input.familyId, input.victimPersonId, 'victimPersonId');
    await this.assertMember(ctx, input.familyId, input.personCausingHarmId, 'personCausingHarmId');
    if (input.assessedOn > today()) throw BadUserInputError.field('assessedOn', 'cannot be in the future');
    const assessment = await this.db.repository(ctx, RiskAssessmentEntity).save({
      familyId: input.familyId,
      victimPersonId: input.victimPersonId,
      personCausingHarmId: input.personCausingHarmId,
      assessedOn: input.assessedOn,
      assessorUserId: ctx.actor!.userId,
      agencyId: ctx.actor!.agencyId,
      answers: input.answers,
      score: dashScore(input.answers),
      judgement: input.judgement,
    });
    // Never the answers: the audit trail is read by managers, who may not see them.
    await this.audit.record(ctx, {
      action: 'risk_assessment.record',
      subjectType: 'Family',
      subjectId: input.familyId,
      detail: { riskAssessmentId: assessment.id, score: assessment.score, judgement: assessment.judgement },
    });
    return assessment;
  }

  async get(ctx: RequestContext, id: string): Promise<RiskAssessmentEntity> {
    const assessment = await this.db.repository(ctx, RiskAssessmentEntity).findOneBy({ id });
    if (!assessment || !(await allowed(ctx, 'read', 'RiskAssessment', assessment))) {
      throw new NotFoundError('No risk assessment you can see has that id.');
    }
    return assessment;
  }

  /** Risk assessments the caller may read, filtered in SQL, newest first. */
  list(ctx: RequestContext, args: RiskAssessmentsArgs): Promise<Connection<RiskAssessmentEntity>> {
    const query = this.db.repository(ctx, RiskAssessmentEntity).createQueryBuilder('assessment');
    if (args.familyId) query.andWhere('assessment.familyId = :familyId', { familyId: args.familyId });
    if (args.victimPersonId) query.andWhere('assessment.victimPersonId = :victimPersonId', { victimPersonId: args.victimPersonId });
    if (args.personCausingHarmId) query.andWhere('assessment.personCausingHarmId = :personCausingHarmId', { personCausingHarmId: args.personCausingHarmId });
    applyAccessFilter(query, abilityOf(ctx), 'read', 'RiskAssessment');
    return paginate(query, args, { sort: 'assessment.assessedOn', id: 'assessment.id', direction: 'DESC', sortValue: (a) => a.assessedOn });
  }

  /** The family's risk assessments the caller may read (the family itself is already readable), oldest first. */
  async forFamily(ctx: RequestContext, familyId: string): Promise<RiskAssessmentEntity[]> {
    const rows = await this.loader.allBy(ctx, RiskAssessmentEntity, 'familyId', familyId, { assessedOn: 'ASC', recordedAt: 'ASC' });
    return onlyAllowed(ctx, 'read', 'RiskAssessment', rows);
  }

  private async assertMember(ctx: RequestContext, familyId: string, personId: string, field: string): Promise<void> {
    const person = await this.people.findVisible(ctx, personId, field);
    const member = await this.db.repository(ctx, FamilyMembershipEntity).existsBy({ familyId, personId });
    if (!member) throw BadUserInputError.field(field, `${person.givenName} has never been a member of this family`);
  }
}
