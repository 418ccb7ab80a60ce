import { Injectable } from '@nestjs/common';
import { AgencyEntity } from '@waymark/access';
import { AuditService } from '@waymark/audit';
import { assertNotBeforeBirth, FamilyService } from '@waymark/families';
import { BadUserInputError, EntityLoader, NotFoundError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { AssessmentEntity } from './assessment.entity';
import { censusCode, factorsProblem } from './cin-codes';
import { RecordAssessmentInput } from './dto/record-assessment.input';

/** Assessments of a child: what was found (CIN census factors, primary need) and what was decided. */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly audit: AuditService,
    private readonly families: FamilyService,
    private readonly loader: EntityLoader,
  ) {}

  async record(ctx: RequestContext, input: RecordAssessmentInput): Promise<AssessmentEntity> {
    await this.families.get(ctx, input.familyId, 'update');
    const child = await this.families.childOf(ctx, input.familyId, input.childId);
    if (input.assessedOn > today()) throw BadUserInputError.field('assessedOn', 'cannot be in the future');
    assertNotBeforeBirth(child, input.assessedOn, 'assessedOn');
    const problem = factorsProblem(input.factors);
    if (problem) throw BadUserInputError.field('factors', problem);
    const agencyId = input.agencyId ?? ctx.actor!.agencyId;
    if (input.agencyId && !(await this.db.repository(ctx, AgencyEntity).existsBy({ id: input.agencyId }))) {
      throw new NotFoundError('agencyId: no agency has that id.');
    }
    const assessment = await this.db.repository(ctx, AssessmentEntity).save({
      familyId: input.familyId,
      childId: input.childId,
      assessedOn: input.assessedOn,
      agencyId,
      factors: input.factors.map(censusCode),
      primaryNeed: input.primaryNeed,
      outcome: input.outcome,
      recordedByUserId: ctx.actor!.userId,
    });
    await this.audit.record(ctx, { action: 'assessment.record', subjectType: 'Family', subjectId: input.familyId, detail: { assessmentId: assessment.id } });
    return assessment;
  }

  forFamily(ctx: RequestContext, familyId: string): Promise<AssessmentEntity[]> {
    return this.loader.allBy(ctx, AssessmentEntity, 'familyId', familyId, { assessedOn: 'ASC', createdAt: 'ASC' });
  }
}
