import { useQuery } from 'urql';
import { countText, rateText } from '../../components/charts/figures';
import { Table } from '../../components/display';
import { RevolvingDoorReportDocument } from '../../gql/graphql';
import { CsvDownload } from './csv-download';
import { ReportLayout } from './report-layout';
import { useReportPeriod } from './report-period';
import { SimpleBars } from './simple-bars';

/** Re-referrals, repeat MARACs, closures after separation and what followed them. */
export function RevolvingDoorReportPage() {
  const period = useReportPeriod();
  const [{ data, error, fetching }] = useQuery({
    query: RevolvingDoorReportDocument,
    variables: { filters: { period: { from: period.from, to: period.to } } },
  });
  const r = data?.revolvingDoor;
  return (
    <ReportLayout title="Revolving door and closures" error={error} fetching={fetching && !data} suppressed={r?.suppressionApplied}>
      {r && (
        <>
          <figure className="wm-report-figure">
            <SimpleBars
              id="revolving-door"
              title="Referrals, re-referrals and closures in the period"
              description={`Referrals to children's social care ${countText(r.cscReferrals)}, of them re-referrals ${countText(r.reReferrals)} (${rateText(r.reReferralRate)}); MARAC referrals ${countText(r.maracReferrals)}, repeats ${countText(r.repeatMaracReferrals)} (${rateText(r.repeatMaracRate)}); episodes closed ${countText(r.episodesClosed)}, after a separation ${countText(r.closedAfterSeparation)}.`}
              unit="Count in the period"
              rows={[
                { label: 'Referrals to CSC', cell: r.cscReferrals },
                { label: 'Re-referrals', cell: r.reReferrals },
                { label: 'MARAC referrals', cell: r.maracReferrals },
                { label: 'Repeat MARACs', cell: r.repeatMaracReferrals },
                { label: 'Episodes closed', cell: r.episodesClosed },
                { label: 'Closed after separation', cell: r.closedAfterSeparation },
              ]}
            />
            <Table
              caption="Revolving door in the period"
              captionSize="s"
              head={['Measure', 'Count', 'Rate']}
              rows={[
                ["Referrals to children's social care", countText(r.cscReferrals), ''],
                ['Re-referrals within 12 months', countText(r.reReferrals), rateText(r.reReferralRate)],
                ['MARAC referrals', countText(r.maracReferrals), ''],
                ['Repeat MARAC referrals', countText(r.repeatMaracReferrals), rateText(r.repeatMaracRate)],
                ['Episodes closed', countText(r.episodesClosed), ''],
                ['Closed after a separation', countText(r.closedAfterSeparation), ''],
              ]}
            />
          </figure>
          <Table
            caption="What followed a closure after separation"
            captionSize="s"
            head={['Within', 'Child re-referred', 'New incident', 'Reconciliation']}
            rows={[
              ['6 months', countText(r.withinSixMonths.reReferred), countText(r.withinSixMonths.newIncident), countText(r.withinSixMonths.reconciliation)],
              [
                '12 months',
                countText(r.withinTwelveMonths.reReferred),
                countText(r.withinTwelveMonths.newIncident),
                countText(r.withinTwelveMonths.reconciliation),
              ],
            ]}
          />
          <CsvDownload path={`/exports/revolving-door.csv?${period.query}`} label="the revolving-door report" />
        </>
      )}
    </ReportLayout>
  );
}
