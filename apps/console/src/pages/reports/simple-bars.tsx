import { Figure } from '../../components/charts/figures';
import { StackedBarChart } from '../../components/charts/stacked-bar-chart';

/** Plain horizontal bars (one figure per row) on the stacked chart's scale and suppression rules. */
export function SimpleBars({
  id,
  title,
  description,
  rows,
  unit,
}: {
  id: string;
  title: string;
  description: string;
  rows: Array<{ label: string; cell: Figure }>;
  unit: string;
}) {
  return (
    <StackedBarChart
      id={id}
      title={title}
      description={description}
      mode="count"
      keys={[{ key: 'value', label: unit }]}
      rows={rows.map((row) => ({ label: row.label, total: row.cell, segments: [{ key: 'value', cell: row.cell }] }))}
      figureLabel={(row, _key, text) => `${row.label}: ${text}`}
    />
  );
}
