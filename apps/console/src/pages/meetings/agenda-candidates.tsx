import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Button, ErrorSummary, Select, Textarea } from '../../components/forms';
import { formatDate, Loading, Problem, Tag } from '../../components/display';
import {
  AddCandidateToAgendaDocument,
  CandidateCriteriaDocument,
  CandidateFamilyDocument,
  MaracCandidatesDocument,
  type MaracCandidatesQuery,
  type ScopeRole,
} from '../../gql/graphql';
import { NO_PROBLEMS, problemsOf, type ProblemList } from '../../graphql/errors';
import { useDraft } from '../../session/drafts';
import { CRITERIA } from './meeting-labels';

type Candidate = MaracCandidatesQuery['maracAgendaCandidates'][number];

const SCOPE_ROLES: Array<{ value: string; label: string }> = [
  { value: '', label: 'Not in scope' },
  { value: 'PERSON_CAUSING_HARM', label: 'Person causing harm' },
  { value: 'CHILD', label: 'Child' },
  { value: 'OTHER_ADULT', label: 'Other adult' },
  { value: 'WIDER_FAMILY', label: 'Wider family' },
];

/** The MARAC referrals waiting to be listed (repeats first, as the API orders them), each listable here. */
export function AgendaCandidates({ meetingId, onListed }: { meetingId: string; onListed: () => void }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: MaracCandidatesDocument, variables: { meetingId } });
  const listed = () => {
    refetch({ requestPolicy: 'network-only' });
    onListed();
  };
  return (
    <section aria-labelledby="candidates-heading">
      <h2 className="govuk-heading-m" id="candidates-heading">
        Build the agenda
      </h2>
      <p className="govuk-body">MARAC referrals submitted since the previous MARAC and not yet listed. Repeat referrals come first.</p>
      {error && <Problem>{error.graphQLErrors[0]?.message ?? 'The referrals waiting to be listed could not be loaded.'}</Problem>}
      {fetching && !data && <Loading />}
      {data &&
        (data.maracAgendaCandidates.length ? (
          data.maracAgendaCandidates.map((candidate) => <CandidateCard key={candidate.id} meetingId={meetingId} candidate={candidate} onListed={listed} />)
        ) : (
          <p className="govuk-body">No MARAC referrals are waiting to be listed.</p>
        ))}
    </section>
  );
}

const nameOf = (candidate: Candidate) => (candidate.subject ? `${candidate.subject.givenName} ${candidate.subject.familyName}` : 'A person you may not see');

function CandidateCard({ meetingId, candidate, onListed }: { meetingId: string; candidate: Candidate; onListed: () => void }) {
  const [criteria] = useQuery({ query: CandidateCriteriaDocument, variables: { victimId: candidate.subjectPersonId, asOf: candidate.submittedOn } });
  const [family] = useQuery({ query: CandidateFamilyDocument, variables: { familyId: candidate.familyId } });
  const initial = {
    reasonForListing: candidate.isRepeatMarac ? `Repeat MARAC referral of ${formatDate(candidate.submittedOn)}` : '',
    scope: {} as Record<string, string>,
  };
  const [form, setForm, discard] = useDraft(`agenda-candidate-${candidate.id}`, initial);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [adding, add] = useMutation(AddCandidateToAgendaDocument);
  const others = (family.data?.family.members ?? []).filter((m) => m.person && m.person.id !== candidate.subjectPersonId && !m.leftOn);
  const name = nameOf(candidate);
  const prefix = `candidate-${candidate.id}-`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.reasonForListing.trim()) {
      const message = 'Enter why the family is on the agenda';
      return setProblems({ byField: { [`${prefix}reasonForListing`]: message }, summary: [{ field: `${prefix}reasonForListing`, message }] });
    }
    const people = [
      { personId: candidate.subjectPersonId, scopeRole: 'ADULT_VICTIM' as ScopeRole },
      ...Object.entries(form.scope)
        .filter(([, role]) => role)
        .map(([personId, role]) => ({ personId, scopeRole: role as ScopeRole })),
    ];
    const result = await add({
      input: { meetingId, familyId: candidate.familyId, maracReferralId: candidate.id, reasonForListing: form.reasonForListing.trim(), people },
    });
    if (result.error) {
      // The API names its own fields; several candidates share the page, so scope them to this card.
      const found = problemsOf(result.error);
      const byField = Object.fromEntries(Object.entries(found.byField).map(([field, message]) => [prefix + field, message]));
      return setProblems({ byField, summary: found.summary.map((p) => (p.field ? { ...p, field: prefix + p.field } : p)) });
    }
    discard();
    setProblems(NO_PROBLEMS);
    onListed();
  };

  return (
    <div className="wm-candidate">
      <h3 className="govuk-heading-s">
        {name}
        {family.data ? `, ${family.data.family.name}` : ''} {candidate.isRepeatMarac && <Tag colour="red">Repeat</Tag>}
      </h3>
      <ErrorSummary problems={problems} />
      <dl className="govuk-summary-list govuk-summary-list--no-border">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Referred</dt>
          <dd className="govuk-summary-list__value">
            {formatDate(candidate.submittedOn)}
            {candidate.referredBy ? ` by ${candidate.referredBy.displayName} (${candidate.referredBy.agency.name})` : ''}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Reason</dt>
          <dd className="govuk-summary-list__value">{candidate.reason}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Criteria met</dt>
          <dd className="govuk-summary-list__value">
            {candidate.maracCriteria.length ? (
              <ul className="govuk-list">
                {candidate.maracCriteria.map((criterion) => {
                  // The referrer's own judgement is stated on the referral; the checks carry the evidence for the others.
                  const check =
                    criterion === 'PROFESSIONAL_JUDGEMENT' ? undefined : criteria.data?.maracCriteria.checks.find((c) => c.criterion === criterion && c.met);
                  return (
                    <li key={criterion}>
                      <strong>{CRITERIA[criterion] ?? criterion}</strong>
                      {criterion === 'PROFESSIONAL_JUDGEMENT' && candidate.professionalJudgementReason ? `: ${candidate.professionalJudgementReason}` : ''}
                      {check && (
                        <ul className="govuk-list govuk-list--bullet govuk-body-s">
                          <li>{check.explanation}</li>
                          {check.evidence.map((evidence, index) => (
                            <li key={index}>{evidence.summary}</li>
                          ))}
                        </ul>
                      )}
                    </li>
                  );
                })}
              </ul>
            ) : (
              'None recorded'
            )}
            {criteria.error && <p className="govuk-hint">The evidence behind the criteria is not shown to your role.</p>}
          </dd>
        </div>
      </dl>
      <form onSubmit={submit} noValidate>
        {others.length > 0 && (
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Who else the discussion is about</legend>
            <p className="govuk-hint">{name} is in scope as the adult victim.</p>
            {others.map((member) => (
              <Select
                key={member.id}
                name={`${prefix}scope-${member.person!.id}`}
                label={`${member.person!.givenName} ${member.person!.familyName}`}
                problems={problems}
                value={form.scope[member.person!.id] ?? ''}
                onChange={(role) => setForm((current) => ({ ...current, scope: { ...current.scope, [member.person!.id]: role } }))}
                options={SCOPE_ROLES.filter((r) =>
                  (member.kind === 'CHILD' ? ['', 'CHILD'] : ['', 'PERSON_CAUSING_HARM', 'OTHER_ADULT', 'WIDER_FAMILY']).includes(r.value),
                )}
              />
            ))}
          </fieldset>
        )}
        {family.error && (
          <p className="govuk-body">
            {name} will be in scope as the adult victim. The family&apos;s other members are not shown to you until the case is listed.
          </p>
        )}
        <Textarea
          name={`${prefix}reasonForListing`}
          label={`Why ${name} is listed`}
          hint='For example, "Repeat referral: incident on 2 March"'
          rows={2}
          problems={problems}
          value={form.reasonForListing}
          onChange={(reasonForListing) => setForm((current) => ({ ...current, reasonForListing }))}
        />
        {problems.byField[`${prefix}people`] && <p className="govuk-error-message">{problems.byField[`${prefix}people`]}</p>}
        <Button secondary disabled={adding.fetching}>
          Add {name} to the agenda
        </Button>
      </form>
    </div>
  );
}
