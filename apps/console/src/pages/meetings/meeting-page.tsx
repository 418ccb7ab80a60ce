import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button, Checkboxes, ErrorSummary } from '../../components/forms';
import { formatDate, formatDateTime, humanise, Loading, Problem, SummaryList, Tag } from '../../components/display';
import { InviteMoreAgenciesDocument, MeetingPreparationDocument, type MeetingPreparationQuery } from '../../gql/graphql';
import { codeOf, NO_PROBLEMS, problemsOf, type ProblemList } from '../../graphql/errors';
import { useDraft } from '../../session/drafts';
import { useSession } from '../../session/session';
import { AgendaCandidates } from './agenda-candidates';
import { CRITERIA, MEETING_TYPES, refusedToRole, STATUS_COLOURS } from './meeting-labels';
import { PreviousMeetingActions } from './previous-actions';
import { MaracProcessLinks } from '../research/marac-process-links';
import { PackDownloads } from '../packs/pack-downloads';

type Meeting = MeetingPreparationQuery['meeting'];
type Item = Meeting['agendaItems'][number];

/** A meeting before it runs: its details, the agencies invited, the agenda and what is still open from last time. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const [{ data, error, fetching }, refetch] = useQuery({ query: MeetingPreparationDocument, variables: { id } });
  const refresh = () => refetch({ requestPolicy: 'network-only' });

  if (error && !data) {
    return (
      <>
        <h1 className="govuk-heading-l">Meeting</h1>
        {refusedToRole(error) ? (
          <Problem title="Not available">This meeting is not available to your role.</Problem>
        ) : codeOf(error) === 'NOT_FOUND' ? (
          <Problem title="Meeting not found">No meeting you can see has this address.</Problem>
        ) : (
          <Problem>{error.graphQLErrors[0]?.message ?? 'The meeting could not be loaded. Try again in a moment.'}</Problem>
        )}
      </>
    );
  }
  if (!data) return fetching ? <Loading /> : null;
  const meeting = data.meeting;
  const runsIt = !!session?.user.roles.includes('MARAC_COORDINATOR') && session.user.agencyId === meeting.organisingAgency.id;
  const open = meeting.status === 'SCHEDULED';

  return (
    <>
      <Link to="/meetings" className="govuk-back-link">
        Back to meetings
      </Link>
      <span className="govuk-caption-l">{MEETING_TYPES[meeting.type] ?? humanise(meeting.type)}</span>
      <h1 className="govuk-heading-l">{meeting.title}</h1>
      <SummaryList
        rows={[
          ['Date and time', formatDateTime(meeting.startsAt)],
          ['Venue', meeting.venue ?? 'Not recorded'],
          ['Status', <Tag colour={STATUS_COLOURS[meeting.status]}>{humanise(meeting.status)}</Tag>],
          ...(meeting.cancellationReason ? [['Why it was cancelled', meeting.cancellationReason] as [string, string]] : []),
          ['Organised by', meeting.organisingAgency.name],
          ['Chair', meeting.chair.displayName],
          ['Coordinator', meeting.coordinator.displayName],
        ]}
      />
      <div className="govuk-button-group">
        {meeting.status !== 'CANCELLED' && (
          <Link to={`/meetings/${meeting.id}/live`} className="govuk-button" role="button" draggable="false">
            Run the meeting
          </Link>
        )}
        <Link to={`/meetings/${meeting.id}/print`} className="govuk-button govuk-button--secondary" role="button" draggable="false">
          Action plan
        </Link>
      </div>

      {meeting.type === 'MARAC' && <MaracProcessLinks meetingId={meeting.id} runsOrChairs={runsIt || meeting.chair.id === session?.user.id} />}

      <h2 className="govuk-heading-m">Agencies invited</h2>
      <ul className="govuk-list govuk-list--bullet">
        {meeting.agencies.map((invited) => (
          <li key={invited.agencyId}>
            {invited.agency.name}
            {invited.attended === true ? ' (attended)' : invited.attended === false ? ' (did not attend)' : ''}
          </li>
        ))}
      </ul>
      {runsIt && open && <InviteAgencies meeting={meeting} agencies={data.agencies} />}
      <PackDownloads meeting={meeting} />

      <h2 className="govuk-heading-m">Agenda</h2>
      {meeting.agendaItems.length ? (
        meeting.agendaItems.map((item) => <AgendaItemPreparation key={item.id} meeting={meeting} item={item} />)
      ) : (
        <p className="govuk-body">No cases are listed yet.</p>
      )}

      {runsIt && open && meeting.type === 'MARAC' && <AgendaCandidates meetingId={meeting.id} onListed={refresh} />}
    </>
  );
}

function AgendaItemPreparation({ meeting, item }: { meeting: Meeting; item: Item }) {
  const people = item.people.map((p) => `${p.person ? `${p.person.givenName} ${p.person.familyName}` : 'A person you may not see'} (${humanise(p.scopeRole)})`);
  return (
    <section className="wm-agenda-item" aria-labelledby={`item-${item.id}`}>
      <h3 className="govuk-heading-s" id={`item-${item.id}`}>
        {item.position}. {item.familyName} {item.maracReferral?.isRepeatMarac && <Tag colour="red">Repeat</Tag>}
      </h3>
      <SummaryList
        rows={[
          ['Why it is listed', item.reasonForListing],
          ['In scope', people.join(', ')],
          ...(item.maracReferral
            ? [
                [
                  'MARAC referral',
                  `${formatDate(item.maracReferral.submittedOn)}: ${item.maracReferral.maracCriteria.map((c) => CRITERIA[c] ?? c).join(', ') || 'no criteria recorded'}`,
                ] as [string, string],
              ]
            : []),
        ]}
      />
      {item.family ? (
        <PreviousMeetingActions meeting={meeting} familyId={item.familyId} />
      ) : (
        <p className="govuk-body">The family's earlier meetings are not shown to your role.</p>
      )}
    </section>
  );
}

function InviteAgencies({ meeting, agencies }: { meeting: Meeting; agencies: MeetingPreparationQuery['agencies'] }) {
  const [chosen, setChosen, discard] = useDraft<string[]>(`invite-agencies-${meeting.id}`, []);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [sent, invite] = useMutation(InviteMoreAgenciesDocument);
  const invited = new Set(meeting.agencies.map((a) => a.agencyId));
  const options = agencies.filter((agency) => !invited.has(agency.id)).map((agency) => ({ value: agency.id, label: agency.name }));
  if (!options.length) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen.length)
      return setProblems({ byField: { agencyIds: 'Select an agency to invite' }, summary: [{ field: 'agencyIds', message: 'Select an agency to invite' }] });
    const result = await invite({ input: { meetingId: meeting.id, agencyIds: chosen } });
    if (result.error) return setProblems(problemsOf(result.error));
    discard();
    setProblems(NO_PROBLEMS);
  };
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Invite more agencies</span>
      </summary>
      <div className="govuk-details__text">
        <form onSubmit={submit} noValidate>
          <ErrorSummary problems={problems} />
          <Checkboxes name="agencyIds" label="Agencies to invite" problems={problems} values={chosen} onChange={setChosen} options={options} />
          <Button secondary disabled={sent.fetching}>
            Invite
          </Button>
        </form>
      </div>
    </details>
  );
}
