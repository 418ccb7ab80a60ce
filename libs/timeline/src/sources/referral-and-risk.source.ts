import { codeWords } from '@waymark/platform';
import { serviceTypeWords } from '@waymark/referrals';
import { TimelineKind } from '../timeline-kind';
import { TimelineSource } from '../timeline-source';

const words = codeWords;

const OUTCOME_WORDS: Record<string, string> = {
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  WITHDRAWN: 'withdrew',
  ENGAGED: 'engaged with',
  COMPLETED: 'completed',
  DISENGAGED: 'disengaged from',
};

/**
 * Referrals: the submission, then each later change. Drafts (and withdrawing a draft) stay off the
 * timeline: nothing was sent. Notes, reasons and MARAC professional-judgement reasons never appear.
 */
export const referralSource: TimelineSource = {
  kinds: [TimelineKind.REFERRAL_SUBMITTED, TimelineKind.REFERRAL_OUTCOME],
  sql: `
    SELECT CASE c.to_status WHEN 'SUBMITTED' THEN 'REFERRAL_SUBMITTED' ELSE 'REFERRAL_OUTCOME' END, 'referral:' || c.id, c.occurred_on, c.recorded_at,
           c.by_user_id, ARRAY[r.subject_person_id],
           jsonb_build_object('status', c.to_status, 'service', s.name, 'serviceType', s.type, 'declineReason', c.decline_reason,
                              'declineCriterion', c.decline_criterion, 'repeatMarac', r.is_repeat_marac)
      FROM referral_status_change c JOIN referral r ON r.id = c.referral_id JOIN service s ON s.id = r.service_id
     WHERE r.family_id = $1 AND c.to_status <> 'DRAFT' AND (c.from_status IS DISTINCT FROM 'DRAFT' OR c.to_status <> 'WITHDRAWN')`,
  summary: (row, name) => {
    const person = name(row.person_ids[0]);
    const service = `${row.data.service} (${serviceTypeWords(String(row.data.serviceType))})`;
    const status = String(row.data.status);
    if (row.kind === TimelineKind.REFERRAL_SUBMITTED) {
      return `Referred ${person} to ${service}${row.data.serviceType === 'MARAC' && row.data.repeatMarac ? ': a repeat MARAC referral' : ''}.`;
    }
    if (status === 'WITHDRAWN') return `Referral of ${person} to ${service} withdrawn.`;
    if (status === 'DECLINED') {
      const why = row.data.declineCriterion ? `${words(row.data.declineReason)}: ${row.data.declineCriterion}` : words(row.data.declineReason);
      return `${row.data.service} declined the referral of ${person} (${why}).`;
    }
    if (status === 'ACCEPTED') return `${row.data.service} accepted the referral of ${person}.`;
    return `${person} ${OUTCOME_WORDS[status] ?? words(status)} ${service}.`;
  },
};

export const incidentSource: TimelineSource = {
  kinds: [TimelineKind.INCIDENT],
  sql: `
    SELECT 'INCIDENT', 'incident:' || i.id, i.occurred_on, i.recorded_at, i.recorded_by_user_id,
           coalesce((SELECT array_agg(p.person_id ORDER BY p.role, p.person_id) FROM incident_person p WHERE p.incident_id = i.id), ARRAY[]::uuid[]),
           jsonb_build_object('kind', i.kind, 'agency', a.name, 'description', i.description,
                              'roles', (SELECT jsonb_object_agg(p.person_id, p.role) FROM incident_person p WHERE p.incident_id = i.id))
      FROM incident i JOIN agency a ON a.id = i.reporting_agency_id WHERE i.family_id = $1`,
  summary: (row, name, reader) => {
    const kind = row.data.kind === 'POLICE_DA_NOTIFICATION' ? 'Police domestic abuse notification' : 'Incident reported';
    const roles = (row.data.roles ?? {}) as Record<string, string>;
    const people = row.person_ids.map((id) => `${name(id)} (${words(roles[id])})`).join(', ');
    return `${kind} from ${row.data.agency}${people ? `: ${people}` : ''}.${reader.freeText ? ` ${row.data.description}` : ''}`;
  },
};

/** The score and judgement only: the answers are restricted and never appear on the timeline. */
export const riskAssessmentSource: TimelineSource = {
  kinds: [TimelineKind.RISK_ASSESSMENT],
  sql: `
    SELECT 'RISK_ASSESSMENT', 'risk:' || ra.id, ra.assessed_on, ra.recorded_at, ra.assessor_user_id, ARRAY[ra.victim_person_id, ra.person_causing_harm_id],
           jsonb_build_object('score', ra.score, 'judgement', ra.judgement)
      FROM risk_assessment ra WHERE ra.family_id = $1`,
  summary: (row, name) => `DASH risk assessment for ${name(row.person_ids[0])}: ${row.data.score} yes, judged ${row.data.judgement}.`,
};
