// The tracks over time: the tracks to draw, the chart (line-chart.tsx, loaded only when the charts
// are opened) and, for screen readers, the same numbers as a table.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fmt } from '../ui/format';
import type { Series } from './line-chart';
import type { HistoryPoint, TrackModel } from '../protocol';

/** Okabe–Ito: told apart by colour-blind readers; each line is also labelled at its end. */
const PALETTE = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#BBBBBB',
];
const MAX_TRACKS = 8;
/** Width drawn before the box is measured (and in tests, where nothing is laid out). */
const FALLBACK_WIDTH = 640;

type ChartModule = typeof import('./line-chart');

export function defaultSelection(tracks: readonly TrackModel[]): string[] {
  const clock = tracks.filter((t) => t.clock).map((t) => t.id);
  const rest = tracks.filter((t) => !t.clock && !t.derived && !t.budget).map((t) => t.id);
  return [...clock, ...rest].slice(0, 4);
}

/** One series per chosen track, in the order chosen, coloured by that order. */
export function chartSeries(
  history: readonly HistoryPoint[],
  tracks: readonly TrackModel[],
  chosen: readonly string[],
): Series[] {
  const names = new Map(tracks.map((t) => [t.id, t.name]));
  return chosen.map((id, i) => ({
    id,
    name: names.get(id) ?? id,
    color: PALETTE[i % PALETTE.length]!,
    points: history.flatMap((h) => {
      const value = h.tracks[id];
      return value === undefined ? [] : [{ month: h.turn + 1, date: h.date, value }];
    }),
  }));
}

export function ChartsPanel({
  history,
  tracks,
  turns = 'months',
}: {
  history: readonly HistoryPoint[];
  tracks: readonly TrackModel[];
  /** The scenario's turns in the plural: months, days, weeks. */
  turns?: string;
}) {
  const plotted = tracks.filter((t) => !t.derived);
  const [chosen, setChosen] = useState<string[]>(() => defaultSelection(tracks));
  const [chart, setChart] = useState<ChartModule | null>(null);
  const [failed, setFailed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useEffect(() => {
    let live = true;
    import('./line-chart').then((m) => live && setChart(m)).catch(() => live && setFailed(true));
    return () => void (live = false);
  }, []);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => el.clientWidth > 0 && setWidth(Math.max(280, el.clientWidth));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const watch = new ResizeObserver(measure);
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  const series = chartSeries(history, plotted, chosen);
  const toggle = (id: string) =>
    setChosen(
      chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id].slice(-MAX_TRACKS),
    );
  return (
    <section class="panel charts" aria-label="Charts">
      <h2>
        Charts{' '}
        <small>
          {history.length} {turns}
        </small>
      </h2>
      <fieldset class="chart-pick">
        <legend>Tracks to draw (up to {MAX_TRACKS})</legend>
        {plotted.map((t) => (
          <label key={t.id}>
            <input type="checkbox" checked={chosen.includes(t.id)} onChange={() => toggle(t.id)} />{' '}
            {t.name}
          </label>
        ))}
      </fieldset>
      <div ref={box} class="chart">
        {chart && (
          <chart.LineChart
            series={series}
            months={history.length}
            turns={turns}
            width={width}
            height={width < 480 ? 280 : 320}
          />
        )}
      </div>
      {failed && <p class="field-error">The charts could not be drawn.</p>}
      <ChartTable history={history} series={series} turns={turns} />
    </section>
  );
}

/** The chart's numbers, for screen readers. */
function ChartTable({
  history,
  series,
  turns,
}: {
  history: readonly HistoryPoint[];
  series: readonly Series[];
  turns: string;
}) {
  const unit = turns.replace(/s$/, '');
  return (
    // The hidden box clips the table: a table is never narrower than its cells.
    <div class="visually-hidden">
      <table class="chart-table">
        <caption>Charted tracks by {unit}</caption>
        <thead>
          <tr>
            <th scope="col">{unit.charAt(0).toUpperCase() + unit.slice(1)}</th>
            {series.map((s) => (
              <th key={s.id} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr key={h.turn}>
              <th scope="row">{h.date}</th>
              {series.map((s) => {
                const v = h.tracks[s.id];
                return <td key={s.id}>{v === undefined ? '—' : fmt(v)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
