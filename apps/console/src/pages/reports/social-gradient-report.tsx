import { useQuery } from 'urql';
import { countText, rateText } from '../../components/charts/figures';
import { humanise, Table } from '../../components/display';
import { GradientRowFragment, SocialGradientReportDocument } from '../../gql/graphql';
import { CsvDownload } from './csv-download';
import { ReportLayout } from './report-layout';
import { useReportPeriod } from './report-period';
import { SimpleBars } from './simple-bars';

const decileLabel = (group: string) =>
  /^\d+$/.test(group) ? `Decile ${group}${group === '1' ? ' (most deprived)' : group === '10' ? ' (least deprived)' : ''}` : humanise(group);

function Gradient({ id, title, rows, label }: { id: string; title: string; rows: GradientRowFragment[]; label: (group: string) => string }) {
  return (
    <figure className="wm-report-figure">
      <SimpleBars
        id={id}
        title={title}
        description={`${rows.length} groups: the children known in each. The table after the chart has every figure, with the shares assessed and on a child protection plan.`}
        unit="Children"
        rows={rows.map((row) => ({ label: label(row.group), cell: row.children }))}
      />
      <Table
        caption={title}
        captionSize="s"
        head={['Group', 'Children', 'Assessed', 'Child in need', 'Child protection', 'Share on CP']}
        rows={rows.map((row) => [
          label(row.group),
          countText(row.children),
          countText(row.assessed),
          countText(row.childInNeed),
          countText(row.childProtection),
          rateText(row.childProtectionRate),
        ])}
      />
    </figure>
  );
}

/** Children known, assessed and on plans, by deprivation decile and by ethnicity. */
export function SocialGradientReportPage() {
  const period = useReportPeriod();
  const [{ data, error, fetching }] = useQuery({
    query: SocialGradientReportDocument,
    variables: { filters: { period: { from: period.from, to: period.to } } },
  });
  const r = data?.socialGradient;
  return (
    <ReportLayout title="Social gradient" error={error} fetching={fetching && !data} suppressed={r?.suppressionApplied}>
      {r && (
        <>
          <p className="govuk-body">Waymark holds no population figures, so these are shares of the children known, not rates per population.</p>
          <Gradient id="gradient-decile" title="Children by deprivation decile" rows={r.byDeprivationDecile} label={decileLabel} />
          <Gradient id="gradient-ethnicity" title="Children by ethnicity" rows={r.byEthnicity} label={humanise} />
          <CsvDownload path={`/exports/social-gradient.csv?${period.query}`} label="the social gradient" />
        </>
      )}
    </ReportLayout>
  );
}
