import { Link } from 'react-router';
import { countText } from '../../components/charts/figures';
import { StackedBarChart } from '../../components/charts/stacked-bar-chart';
import { humanise, Table } from '../../components/display';
import { SignalsOverviewQuery } from '../../gql/graphql';

export const AGE_BANDS = [
  { key: 'UNDER_ONE_WEEK', field: 'underOneWeek', label: 'Under a week' },
  { key: 'ONE_TO_FOUR_WEEKS', field: 'oneToFourWeeks', label: '1 to 4 weeks' },
  { key: 'FOUR_WEEKS_TO_THREE_MONTHS', field: 'fourWeeksToThreeMonths', label: '4 weeks to 3 months' },
  { key: 'OVER_THREE_MONTHS', field: 'overThreeMonths', label: '3 months or more' },
] as const;

export const ageLabel = (key: string | null) => AGE_BANDS.find((band) => band.key === key)?.label.toLowerCase();

type Overview = SignalsOverviewQuery['signalsOverview'];

/**
 * Open signals by kind and by how long ago they were first raised. With `linked` (a manager, who
 * may read the signals), every figure in the chart and the table opens the worklist behind it.
 */
export function SignalsOverviewChart({ overview, linked }: { overview: Overview; linked: boolean }) {
  const link = (kind: string, age?: string) => (linked ? `/signals?kind=${kind}${age ? `&age=${age}` : ''}` : undefined);
  const rows = overview.byKind.map((kind) => ({
    label: humanise(kind.kind),
    total: kind.open,
    segments: AGE_BANDS.map((band) => ({ key: band.key, cell: kind[band.field], to: link(kind.kind, band.key) })),
  }));
  const cell = (text: string, to?: string, name?: string) =>
    to && text !== '0' ? (
      <Link className="govuk-link" to={to} aria-label={name}>
        {text}
      </Link>
    ) : (
      text
    );
  return (
    <figure className="wm-report-figure">
      <StackedBarChart
        id="signals-overview"
        title="Open risk signals by kind and how long ago they were first raised"
        description={`${countText(overview.open)} signals open or acknowledged on your families, ${overview.byKind.length} kinds. Each bar is a kind, split by age since first raised${linked ? '; each part opens the signals behind it' : ''}. The table after the chart has every figure.`}
        rows={rows}
        keys={AGE_BANDS.map((band) => ({ key: band.key, label: band.label }))}
        mode="count"
        figureLabel={(row, key, text) => `${row.label}, first raised ${key.label.toLowerCase()}: ${text} signals`}
      />
      <Table
        caption="Open risk signals by kind and age"
        captionSize="s"
        head={['Kind', ...AGE_BANDS.map((band) => band.label), 'Open']}
        rows={[
          ...overview.byKind.map((kind) => [
            humanise(kind.kind),
            ...AGE_BANDS.map((band) =>
              cell(
                countText(kind[band.field]),
                link(kind.kind, band.key),
                `${humanise(kind.kind)}, first raised ${band.label.toLowerCase()}: ${countText(kind[band.field])}`,
              ),
            ),
            cell(countText(kind.open), link(kind.kind), `${humanise(kind.kind)}, all open: ${countText(kind.open)}`),
          ]),
          ['All kinds', '', '', '', '', countText(overview.open)],
        ]}
      />
    </figure>
  );
}
