import { countText, drawable, Figure, SUPPRESSED_COUNT } from './figures';
import { ChartLink } from './chart-link';

export interface ChartSegment {
  key: string;
  cell: Figure;
  /** Where the figure's records are listed; each drawn figure is then a link. */
  to?: string;
}

export interface ChartRow {
  label: string;
  total: Figure;
  segments: ChartSegment[];
}

export interface SeriesKey {
  key: string;
  label: string;
}

const WIDTH = 760;
const LEFT = 210;
const RIGHT = 110;
const BAR = 26;
const GAP = 16;
const TOP = 8;

const percent = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : '0%');

/**
 * Horizontal bars, one per row, each split into segments: as shares of the row's total (`share`,
 * 100% stacked) or as counts on one scale (`count`). Hidden figures are never drawn as 0: when the
 * row's total is shown, what the hidden segments hold together is one hatched segment marked
 * "fewer than 5 or withheld"; when the total is hidden, the row says so in words. Every figure is
 * in the table the caller puts beside the chart.
 */
export function StackedBarChart({
  id,
  title,
  description,
  rows,
  keys,
  mode,
  figureLabel,
}: {
  id: string;
  title: string;
  description: string;
  rows: ChartRow[];
  keys: SeriesKey[];
  mode: 'share' | 'count';
  /** Words for a link's accessible name: "Adult victim, not invited: 4 people". */
  figureLabel: (row: ChartRow, key: SeriesKey, text: string) => string;
}) {
  const plot = WIDTH - LEFT - RIGHT;
  const max = Math.max(1, ...rows.map((row) => drawable(row.total) ?? 0));
  const height = TOP + rows.length * (BAR + GAP) + 4;
  const labelOf = new Map(keys.map((k) => [k.key, k]));
  const hasLinks = rows.some((row) => row.segments.some((s) => s.to));
  return (
    <div className="wm-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        role={hasLinks ? 'group' : 'img'}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className="wm-chart__svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {rows.map((row, index) => {
          const y = TOP + index * (BAR + GAP);
          const total = drawable(row.total);
          const scale = total === null ? 0 : mode === 'share' ? (total ? plot / total : 0) : plot / max;
          let x = LEFT;
          const shownSum = row.segments.reduce((sum, s) => sum + (drawable(s.cell) ?? 0), 0);
          const hidden = row.segments.filter((s) => s.cell.suppressed);
          return (
            <g key={row.label}>
              <text className="wm-chart__label" x={LEFT - 8} y={y + BAR / 2 + 5} textAnchor="end">
                {row.label}
              </text>
              {total === null ? (
                <text className="wm-chart__note" x={LEFT} y={y + BAR / 2 + 5}>
                  {`Total ${countText(row.total)}: not drawn`}
                </text>
              ) : (
                <>
                  {row.segments.map((segment) => {
                    const value = drawable(segment.cell);
                    if (!value) return null;
                    const width = value * scale;
                    const key = labelOf.get(segment.key)!;
                    const text = mode === 'share' ? `${countText(segment.cell)} (${percent(value, total)})` : countText(segment.cell);
                    const left = x;
                    x += width;
                    return (
                      <ChartLink key={segment.key} to={segment.to} label={figureLabel(row, key, text)}>
                        <rect className={`wm-chart__seg wm-chart__seg--${keys.indexOf(key)}`} x={left} y={y} width={width} height={BAR}>
                          <title>{`${row.label}, ${key.label}: ${text}`}</title>
                        </rect>
                        {width > 34 && (
                          <text className="wm-chart__seg-label" x={left + width / 2} y={y + BAR / 2 + 5} textAnchor="middle">
                            {mode === 'share' ? percent(value, total) : String(value)}
                          </text>
                        )}
                      </ChartLink>
                    );
                  })}
                  {hidden.length > 0 && total - shownSum > 0 && (
                    <rect className="wm-chart__seg wm-chart__seg--hidden" x={x} y={y} width={(total - shownSum) * scale} height={BAR}>
                      <title>{`${row.label}: ${hidden.map((s) => `${labelOf.get(s.key)!.label} ${countText(s.cell)}`).join(', ')}`}</title>
                    </rect>
                  )}
                  <text className="wm-chart__total" x={LEFT + (mode === 'share' ? plot : total * scale) + 6} y={y + BAR / 2 + 5}>
                    {hidden.length ? `${countText(row.total)}*` : countText(row.total)}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <ul className="wm-chart-key" aria-label={`Key to ${title.charAt(0).toLowerCase()}${title.slice(1)}`}>
        {keys.map((key, index) => (
          <li key={key.key}>
            <svg width="16" height="16" aria-hidden="true" focusable="false">
              <rect className={`wm-chart__seg wm-chart__seg--${index}`} width="16" height="16" />
            </svg>
            {key.label}
          </li>
        ))}
        {rows.some((row) => row.segments.some((s) => s.cell.suppressed)) && (
          <li>
            <svg width="16" height="16" aria-hidden="true" focusable="false">
              <rect className="wm-chart__seg wm-chart__seg--hidden" width="16" height="16" />
            </svg>
            {`* figures ${SUPPRESSED_COUNT}, together (see the table)`}
          </li>
        )}
      </ul>
    </div>
  );
}
