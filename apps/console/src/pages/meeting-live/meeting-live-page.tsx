import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDateTime, Guarded, humanise, Loading, Problem, Success, Tag } from '../../components/display';
import { Button, ErrorSummary } from '../../components/forms';
import { NO_PROBLEMS, problemsOf, ProblemList } from '../../graphql/errors';
import { HoldMeetingDocument, LiveAgendaItemDocument, MeetingLiveDocument } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { AttendanceForm } from './attendance';
import { ActionForm, ActionTable, DecisionForm, DecisionList } from './decisions-and-actions';
import { caseStatus, coordinates, ItemSummary, LiveMeeting, mayRefer, runsMeeting } from './model';
import { ReferralForm, ReferralList } from './referrals';
import { ParticipationForm, RiskSummaryForm } from './risk-and-participation';
import { ScreenUnavailable } from '../../components/unavailable';

const STATUS_TAG = { 'Not started': 'grey', 'In progress': 'blue', Recorded: 'green' } as const;

/** The meeting as it happens: attendance, then one case at a time, then holding it. */
export function MeetingLivePage() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { session } = useSession();
  const [{ data, error, fetching }, refetch] = useQuery({ query: MeetingLiveDocument, variables: { id } });
  const [notice, setNotice] = useState<string>();
  const meeting = data?.meeting;
  if (!meeting) return fetching ? <Loading /> : <ScreenUnavailable heading="Live meeting" what="This meeting" error={error} />;

  const runs = runsMeeting(meeting, session?.user);
  const show = search.get('show') ?? 'attendance';
  const item = meeting.agendaItems.find((i) => i.id === show);
  const go = (next: string) => {
    setNotice(undefined);
    setSearch({ show: next });
  };
  const saved = (message: string) => {
    setNotice(message);
    refetch({ requestPolicy: 'network-only' });
  };
  const attended = meeting.agencies.filter((a) => a.attended !== null).length;

  return (
    <>
      <span className="govuk-caption-l">{humanise(meeting.type) === 'Marac' ? 'MARAC' : humanise(meeting.type)}: live meeting</span>
      <h1 className="govuk-heading-l">{meeting.title}</h1>
      <p className="govuk-body">
        {formatDateTime(meeting.startsAt)}. Chair: {meeting.chair.displayName}. Organised by {meeting.organisingAgency.name}.{' '}
        <Tag colour={meeting.status === 'HELD' ? 'green' : meeting.status === 'CANCELLED' ? 'red' : 'blue'}>{humanise(meeting.status)}</Tag>
      </p>
      <p className="govuk-body wm-inline-actions">
        <Link className="govuk-link" to={`/meetings/${meeting.id}`}>
          Meeting and agenda
        </Link>
        <Link className="govuk-link" to={`/meetings/${meeting.id}/print`}>
          Minutes and action plan (print)
        </Link>
      </p>
      {meeting.status === 'CANCELLED' && (
        <Problem title="Cancelled">This meeting was cancelled ({meeting.cancellationReason}); nothing more can be recorded on it.</Problem>
      )}
      {!runs && (
        <div className="govuk-inset-text">
          You are reading this meeting. The chair and the coordinator record its outcomes
          {mayRefer(session?.user) ? '; you can make the referrals agreed for your families' : ''}.
        </div>
      )}
      {notice && <Success>{notice}</Success>}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <nav aria-label="The meeting, step by step" className="wm-live-nav">
            <ul className="govuk-task-list">
              <NavEntry
                label="Attendance"
                status={`${attended} of ${meeting.agencies.length}`}
                current={show === 'attendance'}
                onClick={() => go('attendance')}
              />
              {meeting.agendaItems.map((i) => (
                <NavEntry
                  key={i.id}
                  label={`${i.position}. ${i.familyName}`}
                  status={caseStatus(i)}
                  colour={STATUS_TAG[caseStatus(i)]}
                  current={show === i.id}
                  onClick={() => go(i.id)}
                />
              ))}
              <NavEntry label="Hold the meeting" status={humanise(meeting.status)} current={show === 'hold'} onClick={() => go('hold')} />
            </ul>
          </nav>
        </div>
        <div className="govuk-grid-column-three-quarters">
          {show === 'attendance' &&
            (runs ? <AttendanceForm key={JSON.stringify(meeting.agencies)} meeting={meeting} onSaved={saved} /> : <AttendanceList meeting={meeting} />)}
          {item && <CaseRecord key={item.id} meeting={meeting} summary={item} runs={runs} onSaved={saved} />}
          {show === 'hold' && <HoldMeeting meeting={meeting} canHold={coordinates(meeting, session?.user)} onSaved={saved} />}
        </div>
      </div>
    </>
  );
}

function NavEntry({
  label,
  status,
  colour,
  current,
  onClick,
}: {
  label: string;
  status: string;
  colour?: 'grey' | 'blue' | 'green';
  current: boolean;
  onClick: () => void;
}) {
  return (
    <li className={`govuk-task-list__item govuk-task-list__item--with-link${current ? ' wm-live-nav__current' : ''}`}>
      <div className="govuk-task-list__name-and-hint">
        <button type="button" className="wm-link-button govuk-task-list__link" aria-current={current ? 'step' : undefined} onClick={onClick}>
          {label}
        </button>
      </div>
      <div className="govuk-task-list__status">{colour ? <Tag colour={colour}>{status}</Tag> : status}</div>
    </li>
  );
}

function AttendanceList({ meeting }: { meeting: LiveMeeting }) {
  return (
    <>
      <h2 className="govuk-heading-l">Attendance</h2>
      <ul className="govuk-list">
        {meeting.agencies.map((a) => (
          <li key={a.agencyId}>
            {a.agency.name}: {a.attended === null ? 'not recorded' : a.attended ? `attended (${a.representativeName})` : 'did not attend'}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One case: the risks, how the family took part, decisions, actions and referrals. */
function CaseRecord({ meeting, summary, runs, onSaved }: { meeting: LiveMeeting; summary: ItemSummary; runs: boolean; onSaved: (message: string) => void }) {
  const refers = mayRefer(useSession().session?.user);
  const [{ data, error, fetching }, refetch] = useQuery({ query: LiveAgendaItemDocument, variables: { id: summary.id } });
  const item = data?.agendaItem;
  if (error && !item) return <Problem>{error.graphQLErrors[0]?.message ?? 'This case could not be loaded. Try again in a moment.'}</Problem>;
  if (!item) return fetching ? <Loading /> : null;
  const heard = JSON.stringify(item.participation);
  const saved = (message: string) => {
    refetch({ requestPolicy: 'network-only' });
    onSaved(message);
  };
  return (
    <>
      <span className="govuk-caption-m">Case {item.position}</span>
      <h2 className="govuk-heading-l">{item.familyName}</h2>
      <p className="govuk-body">
        <strong>Listed because:</strong> {item.reasonForListing}
      </p>
      <h3 className="govuk-heading-m">Risks</h3>
      {runs ? (
        <RiskSummaryForm key={item.riskSummary ?? ''} item={item} onSaved={saved} />
      ) : (
        <p className="govuk-body">
          <Guarded record={item} field="riskSummary">
            {item.riskSummary}
          </Guarded>
        </p>
      )}
      {runs && <ParticipationForm key={heard} meeting={meeting} item={item} onSaved={saved} />}
      <h3 className="govuk-heading-m">Decisions</h3>
      <DecisionList item={item} />
      {runs && (
        <details className="govuk-details" open>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Record a decision</span>
          </summary>
          <div className="govuk-details__text">
            <DecisionForm item={item} onSaved={saved} />
          </div>
        </details>
      )}
      <h3 className="govuk-heading-m">Actions</h3>
      <ActionTable item={item} />
      {runs && (
        <details className="govuk-details" open>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Agree an action</span>
          </summary>
          <div className="govuk-details__text">
            <ActionForm meeting={meeting} item={item} onSaved={saved} />
          </div>
        </details>
      )}
      <h3 className="govuk-heading-m">Referrals</h3>
      <ReferralList meeting={meeting} item={item} />
      {refers ? (
        <details className="govuk-details" open>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Make a referral agreed at this meeting</span>
          </summary>
          <div className="govuk-details__text">
            <ReferralForm meeting={meeting} item={item} onSaved={saved} />
          </div>
        </details>
      ) : (
        <p className="govuk-hint">
          Referrals are made by the family’s practitioner or a co-working DVA specialist, from this page. To follow one up, agree an action for them to make it.
        </p>
      )}
    </>
  );
}

function HoldMeeting({ meeting, canHold, onSaved }: { meeting: LiveMeeting; canHold: boolean; onSaved: (message: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<ProblemList>(NO_PROBLEMS);
  const [{ fetching }, hold] = useMutation(HoldMeetingDocument);
  const recorded = meeting.agendaItems.filter((i) => caseStatus(i) === 'Recorded').length;
  const actions = meeting.agendaItems.reduce((n, i) => n + i.actions.length, 0);
  const unanswered = meeting.agencies.filter((a) => a.attended === null).length;

  async function confirm() {
    const result = await hold({ id: meeting.id });
    if (result.error) return setProblems(problemsOf(result.error));
    setProblems(NO_PROBLEMS);
    setConfirming(false);
    onSaved('The meeting is recorded as held. The minutes and action plan are ready to print.');
  }

  return (
    <>
      <ErrorSummary problems={problems} />
      <h2 className="govuk-heading-l">Hold the meeting</h2>
      {meeting.status === 'HELD' ? (
        <p className="govuk-body">
          This meeting is recorded as held.{' '}
          <Link className="govuk-link" to={`/meetings/${meeting.id}/print`}>
            Print the minutes and action plan
          </Link>
          .
        </p>
      ) : !canHold ? (
        <p className="govuk-body">The coordinator of {meeting.organisingAgency.name} records that the meeting was held.</p>
      ) : confirming ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            <p className="govuk-body govuk-!-font-weight-bold">Record that {meeting.title} was held?</p>
            <ul className="govuk-list govuk-list--bullet">
              <li>
                {recorded} of {meeting.agendaItems.length} cases fully recorded, {actions} actions agreed.
              </li>
              {unanswered > 0 && <li>{unanswered} invited agencies have no attendance recorded.</li>}
            </ul>
            <div className="govuk-button-group">
              <Button type="button" disabled={fetching} onClick={() => void confirm()}>
                Yes, the meeting was held
              </Button>
              <button type="button" className="wm-link-button" onClick={() => setConfirming(false)}>
                Not yet
              </button>
            </div>
          </div>
        </div>
      ) : (
        <>
          <p className="govuk-body">When the last case has been discussed, record that the meeting took place. Outcomes can still be corrected afterwards.</p>
          <Button type="button" onClick={() => setConfirming(true)}>
            Hold the meeting
          </Button>
        </>
      )}
    </>
  );
}
