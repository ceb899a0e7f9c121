// Tracks over the months of a game as one SVG of lines: d3-scale places, d3-shape draws, Preact
// renders. Loaded only when the charts are first opened (charts-panel.tsx).
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { fmt } from '../ui/format';

export interface ChartPoint {
  /** Month of the game, from 1. */
  readonly month: number;
  readonly date: string;
  readonly value: number;
}

export interface Series {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly points: readonly ChartPoint[];
}

export const FONT_PX = 12;
/** Average advance of one character of the UI's sans-serif at FONT_PX, rounded up: labels are
 *  laid out before they are drawn, so the estimate errs wide rather than clip. */
const CHAR_PX = FONT_PX * 0.6;
/** Least vertical distance between two end-of-line labels. */
const LABEL_GAP = FONT_PX + 2;
const LABEL_DX = 8;

export const textWidth = (s: string): number => s.length * CHAR_PX;

/** The longest prefix of `s` (with an ellipsis) no wider than `px`. */
export function fitText(s: string, px: number): string {
  if (textWidth(s) <= px) return s;
  const n = Math.max(0, Math.floor(px / CHAR_PX) - 1);
  return `${s.slice(0, n).trimEnd()}…`;
}

/** Moves labels wanted at `ys` apart by at least `gap`, keeping them within [top, bottom] and in
 *  the order of their lines; returns the new positions in the order given. */
export function dodge(ys: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const out = order.map((o) => o.y);
  for (let k = 0; k < out.length; k++) out[k] = Math.max(out[k]!, k ? out[k - 1]! + gap : top, top);
  for (let k = out.length - 1; k >= 0; k--)
    out[k] = Math.min(out[k]!, k < out.length - 1 ? out[k + 1]! - gap : bottom, bottom);
  // Too many labels for the height: spread them evenly instead.
  if (out.length > 1 && out[0]! < top)
    out.forEach((_, k) => (out[k] = top + k * ((bottom - top) / (out.length - 1))));
  const placed = new Array<number>(ys.length);
  order.forEach((o, k) => (placed[o.i] = out[k]!));
  return placed;
}

/** `turns` names the scenario's turns in the plural: months, or days, or weeks. */
export function summary(series: readonly Series[], months: number, turns = 'months'): string {
  if (!series.length) return `No track chosen to chart over ${months} ${turns}`;
  const lines = series.map((s) => {
    const first = s.points[0];
    const last = s.points[s.points.length - 1];
    if (!first || !last) return `${s.name}: no data`;
    return first === last
      ? `${s.name} ${fmt(last.value)}`
      : `${s.name} from ${fmt(first.value)} to ${fmt(last.value)}`;
  });
  return `Line chart of ${series.length} tracks over ${months} ${turns}: ${lines.join('; ')}`;
}

interface Props {
  series: readonly Series[];
  months: number;
  /** The scenario's turns in the plural (months by default). */
  turns?: string;
  width: number;
  height?: number;
}

export function LineChart({ series, months, turns, width, height = 320 }: Props) {
  const all = series.flatMap((s) => s.points.map((p) => p.value));
  const [lo = 0, hi = 1] = extent(all);
  const names = series.map((s) => s.name);
  const label = summary(series, months, turns);
  const m = {
    top: 22,
    bottom: 40,
    // The right margin holds the end-of-line labels; on a narrow screen they are shortened.
    right: Math.min(Math.max(...names.map(textWidth), 24) + LABEL_DX + 6, Math.round(width * 0.4)),
    left: 0,
  };
  const y = scaleLinear()
    .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
    .nice()
    .range([height - m.bottom, m.top]);
  const yTicks = y.ticks(Math.max(2, Math.floor((height - m.top - m.bottom) / 40)));
  const yFormat = y.tickFormat();
  m.left = Math.max(...yTicks.map((t) => textWidth(yFormat(t))), 12) + 14;
  const x = scaleLinear()
    .domain([1, Math.max(2, months)])
    .range([m.left, width - m.right]);
  const xTicks = x
    .ticks(Math.max(3, Math.floor((width - m.left - m.right) / 56)))
    .filter(Number.isInteger);
  const draw = line<ChartPoint>()
    .x((p) => x(p.month))
    .y((p) => y(p.value));
  const ends = series.map((s) => s.points[s.points.length - 1]);
  const labelYs = dodge(
    ends.map((p) => (p ? y(p.value) : height - m.bottom)),
    LABEL_GAP,
    m.top,
    height - m.bottom,
  );
  const step = x(2) - x(1);
  return (
    <svg
      class="line-chart"
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      font-size={FONT_PX}
    >
      <g class="grid" aria-hidden="true">
        {yTicks.map((t) => (
          <line key={`y${t}`} x1={m.left} x2={width - m.right} y1={y(t)} y2={y(t)} />
        ))}
        {xTicks.map((t) => (
          <line key={`x${t}`} x1={x(t)} x2={x(t)} y1={m.top} y2={height - m.bottom} />
        ))}
      </g>
      <g class="axis y-axis">
        {yTicks.map((t) => (
          <text key={t} x={m.left - 8} y={y(t)} dy="0.32em" text-anchor="end">
            {yFormat(t)}
          </text>
        ))}
        <text x={4} y={12}>
          ↑ Value
        </text>
      </g>
      <g class="axis x-axis">
        {xTicks.map((t) => (
          <text key={t} x={x(t)} y={height - m.bottom + 16} text-anchor="middle">
            {t}
          </text>
        ))}
        <text x={width - m.right} y={height - 6} text-anchor="end">
          Month of the game →
        </text>
      </g>
      <g class="months">
        {Array.from({ length: months }, (_, i) => {
          const month = i + 1;
          const values = series.flatMap((s) => {
            const p = s.points.find((q) => q.month === month);
            return p ? [`${s.name} ${fmt(p.value)}`] : [];
          });
          const date = series.flatMap((s) => s.points).find((p) => p.month === month)?.date;
          const x0 = Math.max(m.left, x(month) - step / 2);
          const x1 = Math.min(width - m.right, x(month) + step / 2);
          return (
            <rect key={month} x={x0} width={x1 - x0} y={m.top} height={height - m.top - m.bottom}>
              <title>{`${date ?? `Month ${month}`}: ${values.join(', ')}`}</title>
            </rect>
          );
        })}
      </g>
      {series.map((s, i) => {
        const end = ends[i];
        const ly = labelYs[i]!;
        const lx = end ? x(end.month) + LABEL_DX : width - m.right + LABEL_DX;
        const shown = fitText(s.name, width - lx - 2);
        return (
          <g key={s.id} class="series" data-track={s.id} stroke={s.color} fill={s.color}>
            <path d={draw(s.points as ChartPoint[]) ?? ''} />
            {end && (
              <>
                <circle cx={x(end.month)} cy={y(end.value)} r={2.5} />
                {Math.abs(ly - y(end.value)) > 2 && (
                  <line
                    class="leader"
                    x1={x(end.month) + 2}
                    y1={y(end.value)}
                    x2={lx - 2}
                    y2={ly}
                  />
                )}
              </>
            )}
            <text class="end-label" x={lx} y={ly} dy="0.32em" stroke="none">
              {shown}
              {shown !== s.name && <title>{s.name}</title>}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
