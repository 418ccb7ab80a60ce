import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@waymark/audit';
import { PersonService } from '@waymark/families';
import { APP_CONFIG, AppConfig, BadUserInputError, RequestContext, today, TransactionalConnection } from '@waymark/platform';
import { MaracCriterion } from '../referrals/referral-kinds';
import { MaracCriteriaModel, MaracCriterionCheckModel, MaracEvidenceKind, MaracEvidenceModel } from './marac-criteria.model';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const kindWords: Record<string, string> = { POLICE_DA_NOTIFICATION: 'Police domestic abuse notification', OTHER_REPORTED_INCIDENT: 'Reported incident' };

/**
 * The MARAC referral criteria (docs/domain.md §2.3), computed in SQL from recorded risk assessments, incidents
 * and referrals, with the thresholds from configuration. Each criterion carries its evidence.
 */
@Injectable()
export class MaracCriteriaService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly people: PersonService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** For the maracCriteria query: the caller must be able to read the victim. */
  async forVictim(ctx: RequestContext, victimPersonId: string, asOf = today()): Promise<MaracCriteriaModel> {
    if (asOf > today()) throw BadUserInputError.field('asOf', 'cannot be in the future');
    await this.people.findVisible(ctx, victimPersonId, 'victimId');
    await this.audit.recordReads(ctx, 'Person', [victimPersonId]);
    return this.evaluate(ctx, victimPersonId, asOf);
  }

  /**
   * The criteria on `asOf`. `professionalJudgementReason` is a referrer's stated reason, which on
   * its own meets PROFESSIONAL_JUDGEMENT; `excludeReferralId` leaves the referral being submitted out of REPEAT.
   */
  async evaluate(
    ctx: RequestContext,
    victimPersonId: string,
    asOf: string,
    professionalJudgementReason?: string | null,
    excludeReferralId?: string,
  ): Promise<MaracCriteriaModel> {
    const { dashHighRiskScore, escalationIncidents, escalationWindowMonths, repeatWindowMonths } = this.config.marac;
    const manager = this.db.manager(ctx);
    const [dash]: Array<{ id: string; assessed_on: string; score: number; judgement: string }> = await manager.query(
      `SELECT id, assessed_on::text, score, judgement FROM risk_assessment
        WHERE victim_person_id = $1 AND assessed_on <= $2::date
        ORDER BY assessed_on DESC, recorded_at DESC LIMIT 1`,
      [victimPersonId, asOf],
    );
    const incidents: Array<{ id: string; occurred_on: string; kind: string; agency: string }> = await manager.query(
      `SELECT i.id, i.occurred_on::text, i.kind, a.name AS agency
         FROM incident_person p JOIN incident i ON i.id = p.incident_id JOIN agency a ON a.id = i.reporting_agency_id
        WHERE p.person_id = $1 AND p.role = 'ADULT_VICTIM'
          AND i.occurred_on > ($2::date - make_interval(months => $3::int))::date AND i.occurred_on <= $2::date
        ORDER BY i.occurred_on, i.recorded_at`,
      [victimPersonId, asOf, escalationWindowMonths],
    );
    const previous: Array<{ id: string; submitted_on: string; status: string }> = await manager.query(
      `SELECT r.id, r.submitted_on::text, r.status
         FROM referral r JOIN service s ON s.id = r.service_id AND s.type = 'MARAC'
        WHERE r.subject_person_id = $1 AND r.status NOT IN ('DRAFT', 'WITHDRAWN') AND r.id IS DISTINCT FROM $4::uuid
          AND r.submitted_on >= ($2::date - make_interval(months => $3::int))::date AND r.submitted_on < $2::date
        ORDER BY r.submitted_on DESC`,
      [victimPersonId, asOf, repeatWindowMonths, excludeReferralId ?? null],
    );

    const dashEvidence: MaracEvidenceModel[] = dash
      ? [
          {
            kind: MaracEvidenceKind.RISK_ASSESSMENT,
            recordId: dash.id,
            date: dash.assessed_on,
            summary: `DASH of ${dash.assessed_on}: ${dash.score} yes, judged ${dash.judgement}`,
          },
        ]
      : [];
    const reason = professionalJudgementReason?.trim();
    const checks: MaracCriterionCheckModel[] = [
      {
        criterion: MaracCriterion.VISIBLE_HIGH_RISK,
        met: !!dash && dash.score >= dashHighRiskScore,
        explanation: dash
          ? `The latest DASH (${dash.assessed_on}) scored ${dash.score}; visible high risk is ${dashHighRiskScore} or more.`
          : `No DASH risk assessment on or before ${asOf}.`,
        evidence: dashEvidence,
      },
      {
        criterion: MaracCriterion.PROFESSIONAL_JUDGEMENT,
        met: dash?.judgement === 'HIGH' || !!reason,
        explanation: reason
          ? 'The referrer states a professional-judgement reason.'
          : dash
            ? `The latest DASH (${dash.assessed_on}) was judged ${dash.judgement}.`
            : 'No professional judgement of high risk is recorded.',
        evidence: [...dashEvidence, ...(reason ? [{ kind: MaracEvidenceKind.STATED_REASON, recordId: null, date: null, summary: reason }] : [])],
      },
      {
        criterion: MaracCriterion.POTENTIAL_ESCALATION,
        met: incidents.length >= escalationIncidents,
        explanation: `${plural(incidents.length, 'incident')} against the victim in the ${escalationWindowMonths} months to ${asOf}; ${escalationIncidents} or more is potential escalation.`,
        evidence: incidents.map((i) => ({
          kind: MaracEvidenceKind.INCIDENT,
          recordId: i.id,
          date: i.occurred_on,
          summary: `${kindWords[i.kind] ?? i.kind} reported by ${i.agency}`,
        })),
      },
      {
        criterion: MaracCriterion.REPEAT,
        met: previous.length > 0,
        explanation: previous.length
          ? `Referred to MARAC on ${previous[0].submitted_on}, within ${repeatWindowMonths} months before ${asOf}.`
          : `No MARAC referral in the ${repeatWindowMonths} months before ${asOf}.`,
        evidence: previous.map((r) => ({
          kind: MaracEvidenceKind.MARAC_REFERRAL,
          recordId: r.id,
          date: r.submitted_on,
          summary: `MARAC referral submitted ${r.submitted_on} (${r.status.toLowerCase()})`,
        })),
      },
    ];
    const criteriaMet = checks.filter((c) => c.met).map((c) => c.criterion);
    return { victimPersonId, asOf, criteriaMet, isRepeat: criteriaMet.includes(MaracCriterion.REPEAT), checks };
  }
}
