import { useQuery } from 'urql';
import { countText, rateText } from '../../components/charts/figures';
import { humanise, Table } from '../../components/display';
import { MaracDatasetReportDocument } from '../../gql/graphql';
import { CsvDownload } from './csv-download';
import { ReportLayout } from './report-layout';
import { useReportPeriod } from './report-period';
import { SimpleBars } from './simple-bars';

/** The MARAC dataset: cases, repeats, children, who referred, and who the victims are. */
export function MaracDatasetReportPage() {
  const period = useReportPeriod();
  const [{ data, error, fetching }] = useQuery({ query: MaracDatasetReportDocument, variables: { filters: { period: { from: period.from, to: period.to } } } });
  const r = data?.maracDataset;
  return (
    <ReportLayout title="MARAC dataset" error={error} fetching={fetching && !data} suppressed={r?.suppressionApplied}>
      {r && (
        <>
          <Table
            caption="Cases discussed at MARAC in the period"
            captionSize="s"
            head={['Measure', 'Count', 'Share']}
            rows={[
              ['Cases discussed', countText(r.casesDiscussed), ''],
              ['Repeat cases', countText(r.repeatCases), rateText(r.repeatRate)],
              ['Cases with children in the household', countText(r.casesWithChildren), ''],
              ['Victims', countText(r.victims), ''],
              ['Victims from minoritised groups', countText(r.victimsFromMinoritisedGroups), ''],
              ['Disabled victims', countText(r.victimsDisabled), ''],
              ['Male victims', countText(r.victimsMale), ''],
              ...r.measuresNotRecorded.map((measure) => [humanise(measure.replace(/^VICTIMS_/, 'victims ')), 'Not recorded by Waymark', '']),
            ]}
          />
          <figure className="wm-report-figure">
            <SimpleBars
              id="marac-sources"
              title="MARAC cases by the kind of agency that referred them"
              description={`${r.referralsBySource.length} kinds of referring agency for ${countText(r.casesDiscussed)} cases. The table after the chart has every figure.`}
              unit="Cases"
              rows={r.referralsBySource.map((s) => ({ label: humanise(s.agencyKind), cell: s.cases }))}
            />
            <Table
              caption="MARAC cases by referring agency"
              captionSize="s"
              head={['Referred by', 'Cases']}
              rows={r.referralsBySource.map((s) => [humanise(s.agencyKind), countText(s.cases)])}
            />
          </figure>
          <CsvDownload path={`/exports/marac-dataset.csv?${period.query}`} label="the MARAC dataset" />
        </>
      )}
    </ReportLayout>
  );
}
