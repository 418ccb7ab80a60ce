import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, formatDateTime, Guarded, humanise, Loading, Problem, Table } from '../components/display';
import { LiveAgendaItemDocument, MeetingLiveDocument } from '../gql/graphql';
import { CHILD_VIEW_LABELS, DECISION_LABELS, PARTICIPATION_LABELS } from './meeting-live/labels';
import { ItemSummary, nameOf } from './meeting-live/model';
import { ScreenUnavailable } from '../components/unavailable';

/** The minutes and action plan, as a page to print: only what the reader may see, marked sensitive. */
export function MeetingPrintPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: MeetingLiveDocument, variables: { id } });
  const meeting = data?.meeting;
  if (!meeting) return fetching ? <Loading /> : <ScreenUnavailable heading="Minutes and action plan" what="This meeting" error={error} />;
  return (
    <article className="wm-minutes">
      <p className="wm-sensitive-marking">
        <strong>OFFICIAL-SENSITIVE</strong>: personal information about a family and the risks to them. Do not copy or pass on beyond those who need it.
      </p>
      <span className="govuk-caption-l">Minutes and action plan</span>
      <h1 className="govuk-heading-l">{meeting.title}</h1>
      <div className="wm-no-print">
        <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <dl className="govuk-summary-list govuk-summary-list--no-border">
        <SummaryRow label="Meeting" value={meeting.type === 'MARAC' ? 'MARAC' : humanise(meeting.type)} />
        <SummaryRow label="Date" value={formatDateTime(meeting.startsAt)} />
        <SummaryRow label="Chair" value={meeting.chair.displayName} />
        <SummaryRow label="Organised by" value={meeting.organisingAgency.name} />
        <SummaryRow label="Status" value={humanise(meeting.status)} />
      </dl>
      <Table
        caption="Attendance"
        head={['Agency', 'Attended', 'Represented by']}
        rows={meeting.agencies.map((a) => [a.agency.name, a.attended === null ? 'Not recorded' : a.attended ? 'Yes' : 'No', a.representativeName ?? ''])}
      />
      {meeting.agendaItems.map((item) => (
        <CaseMinutes key={item.id} summary={item} referrals={meeting.referralsAgreed.filter((r) => r.familyId === item.familyId)} />
      ))}
      {!meeting.agendaItems.length && <p className="govuk-body">No cases on this agenda that you can see.</p>}
    </article>
  );
}

function SummaryRow({ label, value }: { label: string; value: string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{value}</dd>
    </div>
  );
}

function CaseMinutes({
  summary,
  referrals,
}: {
  summary: ItemSummary;
  referrals: Array<{ id: string; subjectPersonId: string; status: string; service: { name: string } }>;
}) {
  const [{ data, error }] = useQuery({ query: LiveAgendaItemDocument, variables: { id: summary.id } });
  const item = data?.agendaItem;
  if (error && !item)
    return <Problem>{`Case ${summary.position} could not be loaded: ${error.graphQLErrors[0]?.message ?? 'try again in a moment'}.`}</Problem>;
  if (!item) return <Loading />;
  const who = (personId: string | null) => nameOf(item.people.find((p) => p.personId === personId));
  return (
    <section className="wm-minutes__case" aria-labelledby={`case-${item.id}`}>
      <h2 className="govuk-heading-m" id={`case-${item.id}`}>
        Case {item.position}: {item.familyName}
      </h2>
      <p className="govuk-body">
        <strong>Listed because:</strong> {item.reasonForListing}
      </p>
      <h3 className="govuk-heading-s">Risks</h3>
      <p className="govuk-body">
        <Guarded record={item} field="riskSummary">
          {item.riskSummary}
        </Guarded>
      </p>
      <Table
        caption="How the family took part"
        captionSize="s"
        head={['Person', 'Took part', 'Child’s view', 'Interpreter']}
        rows={item.people.map((p) => {
          const r = item.participation.find((q) => q.personId === p.personId);
          return [
            nameOf(p),
            r ? (
              <>
                {PARTICIPATION_LABELS[r.participation]}
                {r.participation === 'EXCLUDED_FOR_SAFETY' && (
                  <>
                    :{' '}
                    <Guarded record={r} field="exclusionReason">
                      {r.exclusionReason}
                    </Guarded>
                  </>
                )}
              </>
            ) : (
              'Not recorded'
            ),
            p.scopeRole === 'CHILD' ? (r?.childView ? CHILD_VIEW_LABELS[r.childView] : 'Not recorded') : '',
            r?.interpreterProvided === null || r?.interpreterProvided === undefined ? '' : r.interpreterProvided ? 'Provided' : 'Not provided',
          ];
        })}
      />
      <h3 className="govuk-heading-s">Decisions</h3>
      {item.decisions.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {item.decisions.map((d) => (
            <li key={d.id}>
              <strong>{DECISION_LABELS[d.kind].replace(' (in words only)', '')}</strong>
              {d.childId ? ` for ${who(d.childId)}` : ''}:{' '}
              <Guarded record={d} field="text">
                {d.text}
              </Guarded>
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No decisions recorded.</p>
      )}
      {item.actions.length ? (
        <Table
          caption="Action plan"
          captionSize="s"
          head={['Action', 'About', 'Owner', 'Agency', 'Due', 'Status']}
          rows={item.actions.map((a) => [
            <Guarded record={a} field="description">
              {a.description}
            </Guarded>,
            who(a.subjectPersonId),
            a.owner?.displayName ?? a.externalOwnerName ?? '',
            a.owningAgency.name,
            formatDate(a.dueOn),
            humanise(a.status),
          ])}
        />
      ) : (
        <p className="govuk-body">No actions agreed.</p>
      )}
      {referrals.length > 0 && (
        <Table
          caption="Referrals made from the meeting"
          captionSize="s"
          head={['Who', 'To', 'Status']}
          rows={referrals.map((r) => [who(r.subjectPersonId), r.service.name, humanise(r.status)])}
        />
      )}
    </section>
  );
}
