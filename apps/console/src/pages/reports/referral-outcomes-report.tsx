import { useQuery } from 'urql';
import { countText, daysText, rateText } from '../../components/charts/figures';
import { StackedBarChart } from '../../components/charts/stacked-bar-chart';
import { humanise, Table } from '../../components/display';
import { ReferralOutcomesReportDocument } from '../../gql/graphql';
import { CsvDownload } from './csv-download';
import { ReportLayout } from './report-layout';
import { useReportPeriod } from './report-period';

const STATUSES = [
  { key: 'awaitingDecision', label: 'Awaiting decision' },
  { key: 'accepted', label: 'Accepted' },
  { key: 'declined', label: 'Declined' },
  { key: 'withdrawn', label: 'Withdrawn' },
] as const;

/** Referrals submitted in the period by service type: where they stand, waiting times, decline reasons. */
export function ReferralOutcomesReportPage() {
  const period = useReportPeriod();
  const [{ data, error, fetching }] = useQuery({
    query: ReferralOutcomesReportDocument,
    variables: { filters: { period: { from: period.from, to: period.to } } },
  });
  const r = data?.referralOutcomes;
  return (
    <ReportLayout title="Referral outcomes" error={error} fetching={fetching && !data} suppressed={r?.suppressionApplied}>
      {r && (
        <>
          <figure className="wm-report-figure">
            <StackedBarChart
              id="referral-outcomes"
              title="Referrals by service type and where they stand"
              description={`${r.byServiceType.length} service types. Each bar is the referrals submitted in the period to one type of service, split by whether they await a decision, were accepted (including those engaged, completed or disengaged since), declined or withdrawn. The table after the chart has every figure.`}
              mode="share"
              keys={STATUSES.map((s) => ({ key: s.key, label: s.label }))}
              rows={r.byServiceType.map((s) => ({
                label: humanise(s.serviceType),
                total: s.referrals,
                segments: STATUSES.map((status) => ({ key: status.key, cell: s[status.key] })),
              }))}
              figureLabel={(row, key, text) => `${row.label}, ${key.label.toLowerCase()}: ${text}`}
            />
            <Table
              caption="Referral outcomes by service type"
              captionSize="s"
              head={['Service type', 'Referrals', 'Accepted', 'Declined', 'Acceptance', 'Median wait', 'Engaged', 'Completed', 'Completion']}
              rows={r.byServiceType.map((s) => [
                humanise(s.serviceType),
                countText(s.referrals),
                countText(s.accepted),
                countText(s.declined),
                rateText(s.acceptanceRate),
                daysText(s.medianDaysToDecision),
                countText(s.engaged),
                countText(s.completed),
                rateText(s.completionRate),
              ])}
            />
          </figure>
          <Table
            caption="Why referrals were declined"
            captionSize="s"
            head={['Service type', 'Eligibility', 'Capacity', 'Duplicate', 'Not appropriate', 'Other']}
            rows={r.byServiceType.map((s) => [
              humanise(s.serviceType),
              countText(s.declineReasons.eligibility),
              countText(s.declineReasons.capacity),
              countText(s.declineReasons.duplicate),
              countText(s.declineReasons.notAppropriate),
              countText(s.declineReasons.other),
            ])}
          />
          <CsvDownload path={`/exports/referral-outcomes.csv?${period.query}`} label="the referral outcomes" />
        </>
      )}
    </ReportLayout>
  );
}
