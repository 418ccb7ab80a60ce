import { FormEvent, Fragment, useState } from 'react';
import { useMutation } from 'urql';
import { Button, ErrorSummary, Radios, Textarea } from '../../components/forms';
import { NO_PROBLEMS, problemsOf, ProblemList } from '../../graphql/errors';
import { ChildView, ParticipationKind, RecordParticipationDocument, RecordRiskSummaryDocument } from '../../gql/graphql';
import { useDraft } from '../../session/drafts';
import { CHILD_VIEW_LABELS, options, PARTICIPATION_LABELS } from './labels';
import { ageOn, LiveItem, LiveMeeting, nameOf, remapProblems } from './model';

export function RiskSummaryForm({ item, onSaved }: { item: LiveItem; onSaved: (message: string) => void }) {
  const [riskSummary, setRiskSummary, discard] = useDraft(`agenda:${item.id}:risk`, item.riskSummary ?? '');
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [{ fetching }, record] = useMutation(RecordRiskSummaryDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await record({ input: { agendaItemId: item.id, riskSummary } });
    if (result.error) return setProblems(problemsOf(result.error));
    setProblems(NO_PROBLEMS);
    discard();
    onSaved('Risk summary recorded.');
  }
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} />
      <Textarea
        name="riskSummary"
        label="Risk summary"
        hint="The risks as summarised at the meeting. Never shown to anyone working with people causing harm."
        rows={4}
        problems={problems}
        value={riskSummary}
        onChange={setRiskSummary}
      />
      <Button secondary disabled={fetching}>
        Save risk summary
      </Button>
    </form>
  );
}

type Entry = { participation: ParticipationKind | ''; exclusionReason: string; childView: ChildView | ''; interpreterProvided: '' | 'yes' | 'no' };

/** How each person in scope took part: one form for the whole family, validated together by the API. */
export function ParticipationForm({ meeting, item, onSaved }: { meeting: LiveMeeting; item: LiveItem; onSaved: (message: string) => void }) {
  const recorded: Entry[] = item.people.map((p) => {
    const r = item.participation.find((q) => q.personId === p.personId);
    return {
      participation: r?.participation ?? '',
      exclusionReason: r?.exclusionReason ?? '',
      childView: r?.childView ?? '',
      interpreterProvided: r?.interpreterProvided === true ? 'yes' : r?.interpreterProvided === false ? 'no' : '',
    };
  });
  const [entries, setEntries, discard] = useDraft<Entry[]>(`agenda:${item.id}:participation`, recorded);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [{ fetching }, record] = useMutation(RecordParticipationDocument);
  const change = (index: number, patch: Partial<Entry>) => setEntries((current) => current.map((e, i) => (i === index ? { ...e, ...patch } : e)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Someone not yet answered for is left out, not guessed.
    const sent = entries.flatMap((entry, index) => (entry.participation ? [index] : []));
    if (!sent.length) {
      const field = 'entries.0.participation';
      return setProblems({
        summary: [{ field, message: 'Select how at least one person took part' }],
        byField: { [field]: 'Select how at least one person took part' },
      });
    }
    const input = sent.map((index) => {
      const entry = entries[index];
      const inScope = item.people[index];
      const interpreter = inScope.person?.interpreterNeeded || entry.interpreterProvided;
      return {
        personId: inScope.personId,
        participation: entry.participation as ParticipationKind,
        exclusionReason: entry.participation === 'EXCLUDED_FOR_SAFETY' ? entry.exclusionReason.trim() || null : null,
        childView: inScope.scopeRole === 'CHILD' ? (entry.childView as ChildView) || null : null,
        interpreterProvided: interpreter ? (entry.interpreterProvided ? entry.interpreterProvided === 'yes' : null) : null,
      };
    });
    const result = await record({ input: { agendaItemId: item.id, entries: input } });
    if (result.error) return setProblems(remapProblems(problemsOf(result.error), 'entries', sent));
    setProblems(NO_PROBLEMS);
    discard();
    onSaved('Participation recorded.');
  }

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} />
      <h3 className="govuk-heading-m">How the family took part</h3>
      {item.people.map((inScope, index) => {
        const entry = entries[index];
        const name = nameOf(inScope);
        const age = inScope.scopeRole === 'CHILD' ? ageOn(inScope.person?.dateOfBirth ?? null, meeting.startsAt) : undefined;
        return (
          <Fragment key={inScope.personId}>
            <div className="wm-person-participation">
              <h4 className="govuk-heading-s">
                {name}{' '}
                <span className="govuk-caption-m wm-inline-caption">
                  {age !== undefined ? `child, aged ${age}` : inScope.scopeRole.toLowerCase().replace(/_/g, ' ')}
                </span>
              </h4>
              <Radios
                name={`entries.${index}.participation`}
                label={`How did ${name} take part?`}
                small
                problems={problems}
                value={entry.participation}
                onChange={(value) => change(index, { participation: value as ParticipationKind })}
                options={options(PARTICIPATION_LABELS)}
              />
              {entry.participation === 'EXCLUDED_FOR_SAFETY' && (
                <Textarea
                  name={`entries.${index}.exclusionReason`}
                  label={`Why was ${name} excluded for safety?`}
                  hint="Required. Never shown to anyone working with people causing harm."
                  problems={problems}
                  value={entry.exclusionReason}
                  onChange={(value) => change(index, { exclusionReason: value })}
                />
              )}
              {inScope.scopeRole === 'CHILD' && (
                <Radios
                  name={`entries.${index}.childView`}
                  label={`How was ${name}’s own view heard?`}
                  small
                  problems={problems}
                  value={entry.childView}
                  onChange={(value) => change(index, { childView: value as ChildView })}
                  options={options(CHILD_VIEW_LABELS)}
                />
              )}
              {inScope.person?.interpreterNeeded && (
                <Radios
                  name={`entries.${index}.interpreterProvided`}
                  label={`${name} needs an interpreter. Was one provided?`}
                  inline
                  small
                  problems={problems}
                  value={entry.interpreterProvided}
                  onChange={(value) => change(index, { interpreterProvided: value as Entry['interpreterProvided'] })}
                  options={[
                    { value: 'yes', label: 'Yes' },
                    { value: 'no', label: 'No' },
                  ]}
                />
              )}
            </div>
          </Fragment>
        );
      })}
      <Button secondary disabled={fetching}>
        Save participation
      </Button>
    </form>
  );
}
