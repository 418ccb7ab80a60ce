import { countText, drawable, Figure, monthLabel } from './figures';
import { SeriesKey } from './stacked-bar-chart';

const WIDTH = 760;
const LEFT = 48;
const RIGHT = 12;
const TOP = 12;
const PLOT = 200;
const AXIS = 44;

function niceMax(value: number): number {
  if (value <= 5) return 5;
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

/**
 * Monthly columns, one group per month and one column per series (shown side by side). A hidden
 * figure draws no column: its words ("fewer than 5 or withheld") stand in its place, so it never
 * looks like 0. The table beside the chart holds every figure.
 */
export function ColumnChart({
  id,
  title,
  description,
  months,
  series,
}: {
  id: string;
  title: string;
  description: string;
  months: string[];
  series: Array<SeriesKey & { cells: Figure[] }>;
}) {
  const plot = WIDTH - LEFT - RIGHT;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.cells.map((c) => drawable(c) ?? 0))));
  const group = plot / Math.max(1, months.length);
  const column = Math.min(28, (group - 6) / series.length);
  const base = TOP + PLOT;
  const y = (value: number) => base - (value / max) * PLOT;
  const ticks = [0, max / 4, max / 2, (3 * max) / 4, max].filter((v) => Number.isInteger(v));
  const height = TOP + PLOT + AXIS;
  return (
    <div className="wm-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((tick) => (
          <g key={tick} className="wm-chart__tick">
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text x={LEFT - 6} y={y(tick) + 5} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {months.map((month, m) => {
          const left = LEFT + m * group + (group - column * series.length) / 2;
          return (
            <g key={month}>
              {series.map((s, i) => {
                const cell = s.cells[m];
                const value = drawable(cell);
                const x = left + i * column;
                if (value === null)
                  return (
                    <text key={s.key} className="wm-chart__hidden-figure" transform={`translate(${x + column / 2 + 4}, ${base - 4}) rotate(-90)`}>
                      {countText(cell)}
                      <title>{`${monthLabel(month)}, ${s.label}: ${countText(cell)}`}</title>
                    </text>
                  );
                return (
                  <rect key={s.key} className={`wm-chart__seg wm-chart__seg--${i}`} x={x} y={y(value)} width={column - 2} height={base - y(value)}>
                    <title>{`${monthLabel(month)}, ${s.label}: ${countText(cell)}`}</title>
                  </rect>
                );
              })}
              {(months.length <= 12 || m % 2 === 0) && (
                <text className="wm-chart__month" x={LEFT + m * group + group / 2} y={base + 18} textAnchor="middle">
                  {monthLabel(month).replace(' 20', ' ’')}
                </text>
              )}
            </g>
          );
        })}
        <line className="wm-chart__axis" x1={LEFT} x2={WIDTH - RIGHT} y1={base} y2={base} />
      </svg>
      <ul className="wm-chart-key" aria-label={`Key to ${title.charAt(0).toLowerCase()}${title.slice(1)}`}>
        {series.map((s, index) => (
          <li key={s.key}>
            <svg width="16" height="16" aria-hidden="true" focusable="false">
              <rect className={`wm-chart__seg wm-chart__seg--${index}`} width="16" height="16" />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
