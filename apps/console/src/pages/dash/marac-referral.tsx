import { FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate, humanise, Loading, SummaryList, Tag } from '../../components/display';
import { Button, ErrorSummary, Radios, Select, Textarea } from '../../components/forms';
import { Consent, CreateMaracReferralDocument, DashAssessmentDocument, LawfulBasis, MaracReferralStartDocument } from '../../gql/graphql';
import { NO_PROBLEMS, ProblemList, problemsOf } from '../../graphql/errors';
import { useDraft } from '../../session/drafts';
import { apiToday, fullName, JUDGEMENT_OPTIONS, labelOf, relabel } from './dash-questions';
import { ScreenUnavailable } from '../../components/unavailable';

const FIELD_LABELS = {
  serviceId: 'MARAC',
  consent: 'Consent',
  lawfulBasis: 'Lawful basis',
  lawfulBasisNote: 'The lawful basis, in words:',
  professionalJudgementReason: 'Why you refer on professional judgement',
  reason: 'Reason for the referral',
  occurredOn: 'Date of referral',
  subjectPersonId: 'Adult victim',
};

interface ReferralDraft {
  serviceId: string;
  consent: string;
  lawfulBasis: string;
  lawfulBasisNote: string;
  professionalJudgementReason: string;
  /** Null until the user changes the reason prefilled from the DASH. */
  reason: string | null;
}

const EMPTY: ReferralDraft = { serviceId: '', consent: '', lawfulBasis: '', lawfulBasisNote: '', professionalJudgementReason: '', reason: null };

const LAWFUL_BASES = [
  { value: 'PREVENTING_SERIOUS_HARM', label: 'Preventing serious harm' },
  { value: 'PREVENTION_OR_DETECTION_OF_CRIME', label: 'Prevention or detection of crime' },
  { value: 'SAFEGUARDING_CHILD', label: 'Safeguarding a child' },
  { value: 'VITAL_INTERESTS', label: 'Vital interests' },
  { value: 'COURT_ORDER', label: 'Court order' },
  { value: 'OTHER', label: 'Other' },
];

export const CRITERION_LABELS: Record<string, string> = {
  VISIBLE_HIGH_RISK: 'Visible high risk',
  PROFESSIONAL_JUDGEMENT: 'Professional judgement',
  POTENTIAL_ESCALATION: 'Potential escalation',
  REPEAT: 'Repeat MARAC',
};

/**
 * The MARAC referral made from a DASH: the victim, the person causing harm, the score and the
 * criteria come from the records; the referrer is asked only for what they do not hold.
 */
export function MaracReferralPage() {
  const { familyId = '', assessmentId = '' } = useParams();
  const navigate = useNavigate();
  const [assessmentResult] = useQuery({ query: DashAssessmentDocument, variables: { id: assessmentId } });
  const assessment = assessmentResult.data?.riskAssessment;
  const [startResult] = useQuery({ query: MaracReferralStartDocument, variables: { victimId: assessment?.victimPersonId ?? '' }, pause: !assessment });
  const [draft, setDraft, discard] = useDraft<ReferralDraft>(`marac-referral:${assessmentId}`, EMPTY);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [sending, create] = useMutation(CreateMaracReferralDocument);

  const failed = assessmentResult.error ?? startResult.error;
  if (failed) return <ScreenUnavailable heading="Refer to MARAC" what="Referring from this risk assessment" error={failed} />;
  if (!assessment || !startResult.data) return <Loading />;

  const { maracCriteria, services } = startResult.data;
  const active = services.filter((service) => service.active);
  const serviceId = draft.serviceId || (active.length === 1 ? active[0].id : '');
  const victim = fullName(assessment.victim) || 'the victim';
  const harmer = fullName(assessment.personCausingHarm) || 'the person causing harm';
  const met = maracCriteria.checks.filter((check) => check.met);
  const prefilledReason = [
    `DASH of ${formatDate(assessment.assessedOn)}: ${assessment.score} of 24 answered yes, judged ${labelOf(JUDGEMENT_OPTIONS, assessment.judgement).toLowerCase()}; harm from ${harmer}.`,
    ...met.map((check) => `${CRITERION_LABELS[check.criterion]}: ${check.explanation}`),
  ].join('\n');
  const reason = draft.reason ?? prefilledReason;
  const needsJudgementReason = maracCriteria.criteriaMet.length === 0;
  const set = (field: keyof ReferralDraft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const own: ProblemList = { summary: [], byField: {} };
    const add = (field: string, message: string) => {
      own.byField[field] = message;
      own.summary.push({ field, message });
    };
    if (!serviceId) add('serviceId', 'Select the MARAC to refer to');
    if (!draft.consent) add('consent', `Say whether ${victim} consents to the referral`);
    if (draft.consent && draft.consent !== 'GIVEN' && !draft.lawfulBasis) add('lawfulBasis', 'Select the lawful basis for sharing without consent');
    if (own.summary.length) return setProblems(own);
    const withoutConsent = draft.consent !== 'GIVEN';
    const result = await create({
      input: {
        familyId,
        subjectPersonId: assessment.victimPersonId,
        serviceId,
        reason,
        consent: draft.consent as Consent,
        lawfulBasis: withoutConsent ? (draft.lawfulBasis as LawfulBasis) : undefined,
        lawfulBasisNote: withoutConsent && draft.lawfulBasis === 'OTHER' ? draft.lawfulBasisNote : undefined,
        professionalJudgementReason: draft.professionalJudgementReason.trim() || undefined,
        occurredOn: apiToday(),
        submit: true,
      },
    });
    if (result.error || !result.data) return setProblems(relabel(problemsOf(result.error), FIELD_LABELS));
    discard();
    navigate(`/families/${familyId}/marac-referrals/${result.data.createReferral.id}`);
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} />
      <span className="govuk-caption-l">MARAC referral</span>
      <h1 className="govuk-heading-l">Refer {victim} to MARAC</h1>
      <h2 className="govuk-heading-m">From the DASH risk assessment</h2>
      <SummaryList
        rows={[
          ['Adult victim', victim],
          ['Person causing harm', harmer],
          ['DASH score', `${assessment.score} of 24 answered yes`],
          ['Professional judgement', labelOf(JUDGEMENT_OPTIONS, assessment.judgement)],
          ['Date of assessment', formatDate(assessment.assessedOn)],
        ]}
      />
      <h2 className="govuk-heading-m">MARAC criteria today</h2>
      {maracCriteria.isRepeat && <p className="govuk-inset-text">This would be a repeat MARAC referral: {victim} was referred within the last 12 months.</p>}
      <dl className="govuk-summary-list">
        {maracCriteria.checks.map((check) => (
          <div className="govuk-summary-list__row" key={check.criterion}>
            <dt className="govuk-summary-list__key">{CRITERION_LABELS[check.criterion] ?? humanise(check.criterion)}</dt>
            <dd className="govuk-summary-list__value">
              <p className="govuk-body govuk-!-margin-bottom-1">
                {check.met ? <Tag colour="red">Met</Tag> : <Tag colour="grey">Not met</Tag>} {check.explanation}
              </p>
              {check.evidence.length > 0 && (
                <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
                  {check.evidence.map((evidence, index) => (
                    <li key={index}>{evidence.summary}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <h2 className="govuk-heading-m">What the MARAC needs from you</h2>
      {active.length === 1 ? (
        <SummaryList rows={[['MARAC', active[0].name]]} />
      ) : (
        <Select
          name="serviceId"
          label="MARAC"
          problems={problems}
          value={serviceId}
          onChange={set('serviceId')}
          options={active.map((service) => ({ value: service.id, label: service.name }))}
          placeholder="Select the MARAC"
        />
      )}
      <Radios
        name="consent"
        label={`Has ${victim} consented to the referral?`}
        problems={problems}
        value={draft.consent}
        onChange={set('consent')}
        options={[
          { value: 'GIVEN', label: 'Yes, consent given' },
          { value: 'REFUSED', label: 'No, consent refused' },
          { value: 'NOT_SOUGHT', label: 'Consent not sought' },
        ]}
      />
      {draft.consent && draft.consent !== 'GIVEN' && (
        <>
          <Radios
            name="lawfulBasis"
            label="Lawful basis for sharing without consent"
            problems={problems}
            value={draft.lawfulBasis}
            onChange={set('lawfulBasis')}
            options={LAWFUL_BASES}
          />
          {draft.lawfulBasis === 'OTHER' && (
            <Textarea
              name="lawfulBasisNote"
              label="The lawful basis, in words"
              problems={problems}
              value={draft.lawfulBasisNote}
              onChange={set('lawfulBasisNote')}
            />
          )}
        </>
      )}
      {needsJudgementReason && (
        <Textarea
          name="professionalJudgementReason"
          label="Why you refer on professional judgement"
          hint="No other MARAC criterion is met today, so the MARAC needs your reason."
          problems={problems}
          value={draft.professionalJudgementReason}
          onChange={set('professionalJudgementReason')}
        />
      )}
      <Textarea
        name="reason"
        label="Reason for the referral"
        hint="Written for you from the DASH and the criteria above. Add anything else the MARAC should know."
        problems={problems}
        value={reason}
        onChange={set('reason')}
        rows={5}
      />
      <div className="govuk-button-group">
        <Button disabled={sending.fetching}>Submit referral to MARAC</Button>
        <Link className="govuk-link" to={`/families/${familyId}/risk-assessments/${assessmentId}`}>
          Back to the assessment
        </Link>
      </div>
    </form>
  );
}
