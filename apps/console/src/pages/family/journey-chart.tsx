import { memo } from 'react';
import { formatDate } from '../../components/display';
import { JourneyFacts, JourneyMark, LEVEL_LABELS, levelName } from './journey';

const WIDTH = 960;
const LEFT = 150;
const RIGHT = 16;
const TOP = 8;
const FAMILY_LANE = 56;
const CHILD_LANE = 46;
const BAR = 22;
const AXIS = 28;

const DAY = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY;

/** Family-event letters, so a mark never depends on its colour or shape alone. */
const FAMILY_LETTER: Partial<{ [kind in JourneyMark['kind']]: string }> = { SEPARATED: 'S', RECONCILED: 'R', INCIDENT: '!', MARAC: 'M' };

/**
 * The journey as one inline SVG on one time axis: a lane of family events (separations,
 * reconciliations, incidents, MARACs) above a lane per child, episodes as bars coloured and labelled
 * by level, with step-ups (▲), step-downs (▼), closures (|) and re-openings (○). Screen readers get
 * its name and a summary; the table beside it holds every fact.
 */
export const JourneyChart = memo(function JourneyChart({ facts, familyName }: { facts: JourneyFacts; familyName: string }) {
  const first = new Date(`${facts.start.slice(0, 4)}-01-01T00:00:00Z`);
  const startDay = first.getTime() / DAY;
  const endDay = Math.max(dayOf(facts.end), startDay + 365);
  const plot = WIDTH - LEFT - RIGHT;
  const x = (date: string) => LEFT + ((dayOf(date) - startDay) / (endDay - startDay)) * plot;
  const height = TOP + FAMILY_LANE + facts.lanes.length * CHILD_LANE + AXIS;
  const axisY = height - AXIS;

  const firstYear = first.getUTCFullYear();
  const lastYear = Number(facts.end.slice(0, 4));
  const yearStep = lastYear - firstYear > 14 ? 2 : 1;
  const years: number[] = [];
  for (let year = firstYear; year <= lastYear; year += yearStep) years.push(year);

  const counts = facts.allMarks.reduce<Record<string, number>>((all, mark) => ({ ...all, [mark.kind]: (all[mark.kind] ?? 0) + 1 }), {});
  const description =
    `${facts.lanes.length} ${facts.lanes.length === 1 ? 'child' : 'children'} from ${formatDate(first.toISOString())} to ${formatDate(facts.end)}: ` +
    `${counts.STEP_UP ?? 0} step-ups, ${counts.STEP_DOWN ?? 0} step-downs, ${counts.CLOSED ?? 0} closures, ${counts.REOPENED ?? 0} re-openings, ` +
    `${counts.SEPARATED ?? 0} separations, ${counts.RECONCILED ?? 0} reconciliations, ${counts.INCIDENT ?? 0} incidents and ${counts.MARAC ?? 0} MARACs. ` +
    'The table after the chart lists every one.';

  return (
    <div className="wm-journey">
      <svg
        className="wm-journey__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        role="img"
        aria-labelledby="journey-chart-title"
        aria-describedby="journey-chart-desc"
      >
        <title id="journey-chart-title">{`Journey of the ${familyName} over time`}</title>
        <desc id="journey-chart-desc">{description}</desc>
        {years.map((year) => {
          const at = x(`${year}-01-01`);
          return (
            <g key={year} className="wm-journey__tick">
              <line x1={at} x2={at} y1={TOP} y2={axisY} />
              <text x={at} y={axisY + 18} textAnchor="middle">
                {year}
              </text>
            </g>
          );
        })}
        <line className="wm-journey__axis" x1={LEFT} x2={WIDTH - RIGHT} y1={axisY} y2={axisY} />
        {/* Separations and reconciliations cut across every child's lane: that is when closures follow. */}
        {facts.familyMarks
          .filter((mark) => mark.kind === 'SEPARATED' || mark.kind === 'RECONCILED')
          .map((mark) => (
            <line
              key={`${mark.key}-rule`}
              className={`wm-journey__rule wm-journey__rule--${mark.kind}`}
              x1={x(mark.date)}
              x2={x(mark.date)}
              y1={TOP}
              y2={axisY}
            />
          ))}
        <text className="wm-journey__lane-label" x={8} y={TOP + FAMILY_LANE / 2 + 5}>
          Family events
        </text>
        {staggered(facts.familyMarks, x).map(({ mark, cx, row }) => (
          <FamilyMark key={mark.key} mark={mark} cx={cx} cy={TOP + 14 + row * 26} />
        ))}
        {facts.lanes.map((lane, index) => {
          const top = TOP + FAMILY_LANE + index * CHILD_LANE;
          const barY = top + (CHILD_LANE - BAR) / 2;
          return (
            <g key={lane.childId}>
              <text className="wm-journey__lane-label" x={8} y={barY + BAR / 2 + 5}>
                {lane.name.length > 18 ? `${lane.name.slice(0, 17)}…` : lane.name}
              </text>
              {lane.bars.map((bar) => {
                const from = x(bar.from);
                const width = Math.max(2, x(bar.to ?? facts.end) - from);
                return (
                  <g key={bar.key}>
                    <rect className={`wm-journey__bar wm-journey__bar--${bar.level}`} x={from} y={barY} width={width} height={BAR}>
                      <title>{`${levelName(bar.level)}, ${formatDate(bar.from)} to ${bar.to ? formatDate(bar.to) : 'now'}`}</title>
                    </rect>
                    {width > 34 && (
                      <text className="wm-journey__bar-label" x={from + 4} y={barY + BAR / 2 + 5}>
                        {LEVEL_LABELS[bar.level]?.short ?? bar.level}
                      </text>
                    )}
                  </g>
                );
              })}
              {lane.marks.map((mark) => (
                <ChildMark key={mark.key} mark={mark} cx={x(mark.date)} barY={barY} />
              ))}
            </g>
          );
        })}
      </svg>
    </div>
  );
});

/** Family marks closer than a mark's width alternate between two rows, so neither hides the other. */
function staggered(marks: JourneyMark[], x: (date: string) => number) {
  let previous = -Infinity;
  let row = 0;
  return marks.map((mark) => {
    const cx = x(mark.date);
    row = cx - previous < 22 ? 1 - row : 0;
    previous = cx;
    return { mark, cx, row };
  });
}

function ChildMark({ mark, cx, barY }: { mark: JourneyMark; cx: number; barY: number }) {
  const tip = <title>{`${formatDate(mark.date)}: ${mark.label}`}</title>;
  if (mark.kind === 'STEP_UP')
    return (
      <polygon className="wm-journey__mark wm-journey__mark--step" points={`${cx - 6},${barY - 1} ${cx + 6},${barY - 1} ${cx},${barY - 11}`}>
        {tip}
      </polygon>
    );
  if (mark.kind === 'STEP_DOWN')
    return (
      <polygon className="wm-journey__mark wm-journey__mark--step" points={`${cx - 6},${barY + BAR + 1} ${cx + 6},${barY + BAR + 1} ${cx},${barY + BAR + 11}`}>
        {tip}
      </polygon>
    );
  if (mark.kind === 'CLOSED')
    return (
      <rect className="wm-journey__mark wm-journey__mark--closed" x={cx - 1.5} y={barY - 5} width={3} height={BAR + 10}>
        {tip}
      </rect>
    );
  if (mark.kind === 'REOPENED')
    return (
      <circle className="wm-journey__mark wm-journey__mark--reopened" cx={cx} cy={barY + BAR / 2} r={6}>
        {tip}
      </circle>
    );
  return null;
}

function FamilyMark({ mark, cx, cy }: { mark: JourneyMark; cx: number; cy: number }) {
  return (
    <g className={`wm-journey__event wm-journey__event--${mark.kind}`}>
      <title>{`${formatDate(mark.date)}: ${mark.label}`}</title>
      {mark.kind === 'INCIDENT' ? (
        <polygon points={`${cx},${cy - 10} ${cx + 10},${cy} ${cx},${cy + 10} ${cx - 10},${cy}`} />
      ) : mark.kind === 'MARAC' ? (
        <rect x={cx - 9} y={cy - 9} width={18} height={18} />
      ) : (
        <circle cx={cx} cy={cy} r={10} />
      )}
      <text x={cx} y={cy + 5} textAnchor="middle">
        {FAMILY_LETTER[mark.kind]}
      </text>
    </g>
  );
}
