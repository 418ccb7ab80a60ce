import { Injectable } from '@nestjs/common';
import { assertCan } from '@waymark/access';
import { BadUserInputError, ConflictError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { ReferralEntity } from '../referrals/referral.entity';
import { ReferralService } from '../referrals/referral.service';
import { RiskAssessmentService } from '../risk-assessments/risk-assessment.service';
import { ServiceCatalogue } from '../services/service-catalogue.service';
import { ServiceType } from '../services/service-type';
import { ReferToMaracFromRiskAssessmentInput } from './dto/refer-to-marac-from-dash.input';
import { MaracCriteriaService } from './marac-criteria.service';

const CRITERION_WORDS: Record<string, string> = {
  VISIBLE_HIGH_RISK: 'Visible high risk',
  PROFESSIONAL_JUDGEMENT: 'Professional judgement',
  POTENTIAL_ESCALATION: 'Potential escalation',
  REPEAT: 'Repeat MARAC',
};

/**
 * DASH to MARAC without double entry: the referral takes its family, victim, score and criteria (with
 * their evidence) from the recorded assessment, and its reason is written from them. The referral
 * goes through ReferralService.create, so every rule of a MARAC referral (consent, criteria) holds.
 */
@Injectable()
export class MaracReferralFromDashService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly assessments: RiskAssessmentService,
    private readonly referrals: ReferralService,
    private readonly catalogue: ServiceCatalogue,
    private readonly criteria: MaracCriteriaService,
  ) {}

  async refer(ctx: RequestContext, input: ReferToMaracFromRiskAssessmentInput): Promise<ReferralEntity> {
    // The criteria are written from victim-side records: only those who may assess them refer this way.
    await assertCan(ctx, 'assess', 'MaracCriteria', {}, 'Your role does not judge MARAC criteria; ask the victim’s practitioner or IDVA to refer.');
    const assessment = await this.assessments.get(ctx, input.riskAssessmentId);
    const service = await this.catalogue.get(ctx, input.serviceId, 'serviceId');
    if (service.type !== ServiceType.MARAC) throw BadUserInputError.field('serviceId', `${service.name} is not a MARAC`);
    const occurredOn = input.occurredOn ?? today();
    if (occurredOn < assessment.assessedOn) throw BadUserInputError.field('occurredOn', `is before the assessment (${assessment.assessedOn})`);
    const [latest]: Array<{ id: string; assessed_on: string }> = await this.db.manager(ctx).query(
      `SELECT id, assessed_on::text FROM risk_assessment WHERE victim_person_id = $1 AND assessed_on <= $2::date
        ORDER BY assessed_on DESC, recorded_at DESC LIMIT 1`,
      [assessment.victimPersonId, occurredOn],
    );
    if (latest.id !== assessment.id)
      throw new ConflictError(`A later DASH (${latest.assessed_on}) is recorded for this victim; refer from that one, so the MARAC sees the current risk.`);

    const report = await this.criteria.evaluate(ctx, assessment.victimPersonId, occurredOn, input.professionalJudgementReason);
    const [harmer]: Array<{ name: string }> = await this.db
      .manager(ctx)
      .query(`SELECT btrim(coalesce(given_name, '') || ' ' || coalesce(family_name, '')) AS name FROM person WHERE id = $1`, [assessment.personCausingHarmId]);
    const reason = [
      `DASH of ${assessment.assessedOn}: ${assessment.score} of 24 answered yes, judged ${assessment.judgement.toLowerCase()}; harm from ${harmer?.name || 'the person causing harm'}.`,
      ...report.checks.filter((check) => check.met).map((check) => `${CRITERION_WORDS[check.criterion]}: ${check.explanation}`),
      ...(input.additionalInformation?.trim() ? [input.additionalInformation.trim()] : []),
    ].join('\n');

    return this.referrals.create(
      ctx,
      {
        familyId: assessment.familyId,
        subjectPersonId: assessment.victimPersonId,
        serviceId: service.id,
        reason,
        consent: input.consent,
        lawfulBasis: input.lawfulBasis,
        lawfulBasisNote: input.lawfulBasisNote,
        professionalJudgementReason: input.professionalJudgementReason,
        occurredOn,
        submit: true,
      },
      { riskAssessmentId: assessment.id, dashScore: assessment.score },
    );
  }
}
