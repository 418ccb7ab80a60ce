import { Link } from 'react-router';
import { useQuery } from 'urql';
import { countText, Figure, rateText } from '../../components/charts/figures';
import { StackedBarChart } from '../../components/charts/stacked-bar-chart';
import { Table } from '../../components/display';
import { MemberParticipationFragment, ParticipationReportDocument } from '../../gql/graphql';
import { MEETING_TYPES } from '../meetings/meeting-labels';
import { CsvDownload } from './csv-download';
import { ReportLayout } from './report-layout';
import { useReportPeriod } from './report-period';

export const MEMBERS = [
  { field: 'adultVictim', scopeRole: 'ADULT_VICTIM', label: 'Adult victim' },
  { field: 'personCausingHarm', scopeRole: 'PERSON_CAUSING_HARM', label: 'Person causing harm' },
  { field: 'child', scopeRole: 'CHILD', label: 'Child' },
  { field: 'widerFamily', scopeRole: 'WIDER_FAMILY', label: 'Wider family' },
] as const;

/** Took part (any of the five ways), then each reason recorded for not taking part, then nothing recorded. */
export const OUTCOMES = [
  { key: 'TOOK_PART', label: 'Took part', cell: (m: MemberParticipationFragment) => m.peopleWhoTookPart },
  { key: 'NOT_INVITED', label: 'Not invited', cell: (m: MemberParticipationFragment) => m.outcomes.notInvited },
  { key: 'INVITED_DECLINED', label: 'Invited, declined', cell: (m: MemberParticipationFragment) => m.outcomes.invitedDeclined },
  { key: 'EXCLUDED_FOR_SAFETY', label: 'Excluded for safety', cell: (m: MemberParticipationFragment) => m.outcomes.excludedForSafety },
  { key: 'NOT_APPLICABLE', label: 'Not applicable', cell: (m: MemberParticipationFragment) => m.outcomes.notApplicable },
  { key: 'NOT_RECORDED', label: 'Not recorded', cell: (m: MemberParticipationFragment) => m.outcomes.notRecorded },
] as const;

/**
 * The family participation audit as 100% stacked bars: for each meeting type, each kind of family
 * member in scope split by how they took part or why not. A manager's (or coordinator's) every
 * figure opens the agenda items behind it.
 */
export function ParticipationReportPage() {
  const period = useReportPeriod();
  const [{ data, error, fetching }] = useQuery({
    query: ParticipationReportDocument,
    variables: { filters: { period: { from: period.from, to: period.to } } },
  });
  const report = data?.participationAudit;
  const drill = !report?.suppressionApplied;
  const itemsLink = (meetingType: string, scopeRole: string, outcome: string) =>
    `/reports/participation/items?${period.query}&meetingType=${meetingType}&scopeRole=${scopeRole}&${outcome === 'TOOK_PART' ? 'tookPart=true' : `outcome=${outcome}`}`;
  const figure = (cell: Figure, to: string, name: string) =>
    drill && !cell.suppressed && cell.value ? (
      <Link className="govuk-link" to={to} aria-label={name}>
        {countText(cell)}
      </Link>
    ) : (
      countText(cell)
    );
  return (
    <ReportLayout title="Family participation audit" error={error} fetching={fetching && !data} suppressed={report?.suppressionApplied}>
      {report && (
        <>
          <p className="govuk-body">
            {countText(report.agendaItems)} agenda items at meetings held in the period. Each bar is the people of one kind in scope, as 100%.
            {drill && ' Select a figure to see the agenda items behind it.'}
          </p>
          {!report.byMeetingType.length && <p className="govuk-body">No meetings were held in the period.</p>}
          {report.byMeetingType.map((type) => {
            const typeName = MEETING_TYPES[type.meetingType] ?? type.meetingType;
            const id = `participation-${type.meetingType.toLowerCase()}`;
            return (
              <section key={type.meetingType} aria-labelledby={`${id}-heading`}>
                <h2 className="govuk-heading-m" id={`${id}-heading`}>
                  {typeName}: {countText(type.agendaItems)} agenda items
                </h2>
                <figure className="wm-report-figure">
                  <StackedBarChart
                    id={id}
                    title={`How each kind of family member took part: ${typeName}`}
                    description={`For each kind of family member in scope at ${typeName} agenda items, the share who took part, and the reasons recorded for those who did not. The table after the chart has every figure.`}
                    mode="share"
                    keys={OUTCOMES.map((o) => ({ key: o.key, label: o.label }))}
                    rows={MEMBERS.map((member) => ({
                      label: member.label,
                      total: type[member.field].peopleInScope,
                      segments: OUTCOMES.map((o) => ({
                        key: o.key,
                        cell: o.cell(type[member.field]),
                        to: drill ? itemsLink(type.meetingType, member.scopeRole, o.key) : undefined,
                      })),
                    }))}
                    figureLabel={(row, key, text) => `${typeName}, ${row.label.toLowerCase()}, ${key.label.toLowerCase()}: ${text}`}
                  />
                  <Table
                    caption={`${typeName}: people in scope by how they took part`}
                    captionSize="s"
                    head={['Family member', 'In scope', ...OUTCOMES.map((o) => o.label)]}
                    rows={MEMBERS.map((member) => [
                      member.label,
                      countText(type[member.field].peopleInScope),
                      ...OUTCOMES.map((o) =>
                        figure(
                          o.cell(type[member.field]),
                          itemsLink(type.meetingType, member.scopeRole, o.key),
                          `${typeName}, ${member.label.toLowerCase()}, ${o.label.toLowerCase()}: ${countText(o.cell(type[member.field]))}`,
                        ),
                      ),
                    ])}
                  />
                  <p className="govuk-body">
                    Children’s own views recorded: {countText(type.childViewsRecorded)} of {countText(type.childrenInScope)} (
                    {rateText(type.shareOfChildViewsRecorded)}). Interpreters provided: {countText(type.interpreterProvided)} of{' '}
                    {countText(type.interpreterNeeded)} needed.
                  </p>
                </figure>
              </section>
            );
          })}
          <CsvDownload path={`/exports/participation-audit.csv?${period.query}`} label="the participation audit" />
        </>
      )}
    </ReportLayout>
  );
}
