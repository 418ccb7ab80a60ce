import { useQuery } from 'urql';
import { ColumnChart } from '../../components/charts/column-chart';
import { countText, monthLabel } from '../../components/charts/figures';
import { Loading, Problem, Table } from '../../components/display';
import { ReportsDashboardDocument, SignalsOverviewDocument } from '../../gql/graphql';
import { useSession } from '../../session/session';
import { SignalsOverviewChart } from '../signals/signals-overview-chart';
import { CsvDownload } from './csv-download';
import { ReportLayout } from './report-layout';
import { useReportPeriod } from './report-period';

/**
 * The manager's (and analyst's) dashboard: is the door turning faster? Referrals and re-referrals
 * to children's social care, MARAC repeats and open signals month by month, and today's signals by
 * kind and age. Each chart has the same figures in a table beside it.
 */
export function ReportsDashboardPage() {
  const period = useReportPeriod();
  const { session } = useSession();
  // Only a manager reads the signals behind the figures; an analyst sees aggregates alone.
  const mayOpenSignals = !!session?.user.roles.includes('MANAGER');
  const [{ data, error, fetching }] = useQuery({ query: ReportsDashboardDocument, variables: { filters: { period: { from: period.from, to: period.to } } } });
  const [overview] = useQuery({ query: SignalsOverviewDocument });
  const door = data?.revolvingDoorTrend;
  const signals = data?.openSignalsTrend;
  const months = door?.months.map((m) => m.month) ?? [];
  return (
    <ReportLayout title="Reports" error={error} fetching={fetching && !data} suppressed={door?.suppressionApplied}>
      {door && signals && (
        <>
          <h2 className="govuk-heading-m">Is the door turning faster?</h2>
          <figure className="wm-report-figure">
            <ColumnChart
              id="trend-referrals"
              title="Referrals to children's social care and re-referrals, by month"
              description={`${months.length} months from ${monthLabel(months[0])} to ${monthLabel(months[months.length - 1])}: each month's referrals to children's social care beside the re-referrals among them (a child referred within 12 months of a previous referral). The table after the chart has every figure.`}
              months={months}
              series={[
                { key: 'csc', label: "Referrals to children's social care", cells: door.months.map((m) => m.cscReferrals) },
                { key: 're', label: 'Re-referrals', cells: door.months.map((m) => m.reReferrals) },
              ]}
            />
            <Table
              caption="Referrals, re-referrals and repeat MARACs by month"
              captionSize="s"
              head={['Month', 'CSC referrals', 'Re-referrals', 'MARAC referrals', 'Repeat MARACs', 'Closed after separation']}
              rows={door.months.map((m) => [
                monthLabel(m.month),
                countText(m.cscReferrals),
                countText(m.reReferrals),
                countText(m.maracReferrals),
                countText(m.repeatMaracReferrals),
                countText(m.closedAfterSeparation),
              ])}
            />
          </figure>
          <figure className="wm-report-figure">
            <ColumnChart
              id="trend-signals"
              title="Open risk signals at the end of each month, and signals first raised in it"
              description={`${months.length} months: the signals open or acknowledged at each month's end (by each signal's history), beside those first raised that month. The table after the chart has every figure.`}
              months={signals.months.map((m) => m.month)}
              series={[
                { key: 'open', label: 'Open at the end of the month', cells: signals.months.map((m) => m.open) },
                { key: 'raised', label: 'First raised in the month', cells: signals.months.map((m) => m.raised) },
              ]}
            />
            <Table
              caption="Open and newly raised risk signals by month"
              captionSize="s"
              head={['Month', 'Open at the end', 'First raised']}
              rows={signals.months.map((m) => [monthLabel(m.month), countText(m.open), countText(m.raised)])}
            />
          </figure>
          <CsvDownload path={`/exports/revolving-door.csv?${period.query}`} label="the revolving-door figures for the period" />
        </>
      )}
      <h2 className="govuk-heading-m">Open risk signals today</h2>
      {overview.error && (
        <Problem title="The signals overview could not be shown">{overview.error.graphQLErrors[0]?.message ?? 'Try again in a moment.'}</Problem>
      )}
      {overview.data ? <SignalsOverviewChart overview={overview.data.signalsOverview} linked={mayOpenSignals} /> : overview.fetching && <Loading />}
      {overview.data && <CsvDownload path="/exports/signals-overview.csv" label="the signals overview" />}
    </ReportLayout>
  );
}
