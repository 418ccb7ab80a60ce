import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate, humanise, Loading, Problem, SummaryList, Success, Table, Tag } from '../../components/display';
import { Button, ErrorSummary, Radios, Textarea, TextInput } from '../../components/forms';
import {
  ProgrammeReferralDocument,
  RecordPerpetratorRiskViewDocument,
  RecordProgrammeSessionDocument,
  type RiskToFamilyLevel,
  type SessionAttendance,
} from '../../gql/graphql';
import { codeOf, NO_PROBLEMS, problemsOf, type ProblemList } from '../../graphql/errors';
import { useDraft } from '../../session/drafts';

const ATTENDANCE = [
  { value: 'ATTENDED', label: 'Attended' },
  { value: 'MISSED', label: 'Missed' },
];
const LEVELS = [
  { value: 'STANDARD', label: 'Standard' },
  { value: 'MEDIUM', label: 'Medium' },
  { value: 'HIGH', label: 'High' },
];
const onlyIf = (condition: boolean, field: string, message: string) => (condition ? { [field]: message } : {});
const asProblems = (byField: Record<string, string>): ProblemList => ({
  byField,
  summary: Object.entries(byField).map(([field, message]) => ({ field, message })),
});

/** A perpetrator worker's page for one accepted referral (/referrals/:id/sessions): programme sessions and his view of risk. */
export function ProgrammeSessionsPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ProgrammeReferralDocument, variables: { id } });
  const [session, setSession, discardSession] = useDraft(`session-${id}`, { occurredOn: '', attendance: '' });
  const [view, setView, discardView] = useDraft(`risk-view-${id}`, { recordedOn: '', level: '', view: '' });
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [done, setDone] = useState('');
  const [, recordSession] = useMutation(RecordProgrammeSessionDocument);
  const [, recordView] = useMutation(RecordPerpetratorRiskViewDocument);

  if (fetching && !data) return <Loading />;
  if (error || !data)
    return (
      <>
        <h1 className="govuk-heading-l">Programme sessions</h1>
        <Problem title={codeOf(error) === 'NOT_FOUND' ? 'Referral not found' : 'There is a problem'}>
          {error?.graphQLErrors[0]?.message ?? 'The referral could not be loaded. Try again in a moment.'}
        </Problem>
      </>
    );
  const referral = data.referral;
  const name = referral.subject ? `${referral.subject.givenName} ${referral.subject.familyName}` : 'The person referred';
  const acceptedOn = referral.statusHistory.find((change) => change.toStatus === 'ACCEPTED')?.occurredOn;

  const submitSession = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const before = asProblems({
      ...onlyIf(!session.occurredOn, 'occurredOn', 'Enter the date of the session'),
      ...onlyIf(!session.attendance, 'attendance', 'Select whether he attended or missed it'),
    });
    if (before.summary.length) return setProblems(before);
    const result = await recordSession({ input: { referralId: id, occurredOn: session.occurredOn, attendance: session.attendance as SessionAttendance } });
    if (result.error) return setProblems(problemsOf(result.error));
    setProblems(NO_PROBLEMS);
    discardSession();
    setDone(`Session on ${formatDate(session.occurredOn)} recorded.`);
    refetch({ requestPolicy: 'network-only' });
  };

  const submitView = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const before = asProblems({
      ...onlyIf(!view.recordedOn, 'recordedOn', 'Enter the date of your view'),
      ...onlyIf(!view.level, 'level', 'Select the level of risk to the family'),
      ...onlyIf(!view.view.trim(), 'view', 'Say what you see of the risk to the family'),
    });
    if (before.summary.length) return setProblems(before);
    const result = await recordView({ input: { referralId: id, recordedOn: view.recordedOn, level: view.level as RiskToFamilyLevel, view: view.view.trim() } });
    if (result.error) return setProblems(problemsOf(result.error));
    setProblems(NO_PROBLEMS);
    discardView();
    setDone("Your view of risk is recorded and shared with the family's case holder.");
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <Link to="/" className="govuk-back-link">
        Back to my work
      </Link>
      <ErrorSummary problems={problems} />
      {done && <Success>{done}</Success>}
      <span className="govuk-caption-l">{referral.service.name}</span>
      <h1 className="govuk-heading-l">Programme sessions: {name}</h1>
      <SummaryList
        rows={[
          ['Status', humanise(referral.status)],
          ['Accepted', acceptedOn ? formatDate(acceptedOn) : 'Not accepted yet: sessions are recorded once the referral is accepted'],
          ['Engagement', referral.programmeEngagement.summary],
        ]}
      />
      <h2 className="govuk-heading-m">Sessions</h2>
      {referral.programmeSessions.length ? (
        <Table
          caption={`Sessions (${referral.programmeSessions.length}), oldest first`}
          captionSize="s"
          head={['Date', 'Attendance']}
          rows={referral.programmeSessions.map((s) => [
            formatDate(s.occurredOn),
            <Tag colour={s.attendance === 'ATTENDED' ? 'green' : 'red'}>{humanise(s.attendance)}</Tag>,
          ])}
        />
      ) : (
        <p className="govuk-body">No sessions recorded yet.</p>
      )}
      <form onSubmit={submitSession} noValidate aria-labelledby="record-session">
        <h3 className="govuk-heading-s" id="record-session">
          Record a session
        </h3>
        <TextInput
          name="occurredOn"
          label="Date of the session"
          hint="Not in the future, and not before the referral was accepted."
          type="date"
          width="10"
          problems={problems}
          value={session.occurredOn}
          onChange={(occurredOn) => setSession((current) => ({ ...current, occurredOn }))}
        />
        <Radios
          name="attendance"
          label="Did he attend?"
          inline
          problems={problems}
          value={session.attendance}
          onChange={(attendance) => setSession((current) => ({ ...current, attendance }))}
          options={ATTENDANCE}
        />
        <Button>Record session</Button>
      </form>
      <h2 className="govuk-heading-m">Your view of risk to the family</h2>
      <p className="govuk-body">Shared with the family&apos;s case holder.</p>
      {referral.riskViews.length > 0 && (
        <Table
          caption="Your views so far"
          captionSize="s"
          head={['Date', 'Level', 'View']}
          rows={referral.riskViews.map((v) => [formatDate(v.recordedOn), humanise(v.level), v.view])}
        />
      )}
      <form onSubmit={submitView} noValidate aria-labelledby="record-view">
        <h3 className="govuk-heading-s" id="record-view">
          Record your view
        </h3>
        <TextInput
          name="recordedOn"
          label="Date"
          type="date"
          width="10"
          problems={problems}
          value={view.recordedOn}
          onChange={(recordedOn) => setView((current) => ({ ...current, recordedOn }))}
        />
        <Radios
          name="level"
          label="Risk to the family"
          inline
          problems={problems}
          value={view.level}
          onChange={(level) => setView((current) => ({ ...current, level }))}
          options={LEVELS}
        />
        <Textarea
          name="view"
          label="What you see of the risk"
          hint="Patterns, attitudes, changes since the programme began."
          problems={problems}
          value={view.view}
          onChange={(text) => setView((current) => ({ ...current, view: text }))}
        />
        <Button>Record view of risk</Button>
      </form>
    </>
  );
}
