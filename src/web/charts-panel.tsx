// The tracks over time, drawn with Observable Plot (loaded only when the charts are opened).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HistoryPoint, TrackModel } from './protocol';

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

export function defaultSelection(tracks: readonly TrackModel[]): string[] {
  const clock = tracks.filter((t) => t.clock).map((t) => t.id);
  const rest = tracks.filter((t) => !t.clock && !t.derived && !t.budget).map((t) => t.id);
  return [...clock, ...rest].slice(0, 4);
}

export function ChartsPanel({
  history,
  tracks,
}: {
  history: readonly HistoryPoint[];
  tracks: readonly TrackModel[];
}) {
  const plotted = tracks.filter((t) => !t.derived);
  const [chosen, setChosen] = useState<string[]>(() => defaultSelection(tracks));
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import('@observablehq/plot')
      .then((Plot) => {
        if (!live || !box.current) return;
        const names = new Map(plotted.map((t) => [t.id, t.name]));
        const data = history.flatMap((h) =>
          chosen
            .filter((id) => id in h.tracks)
            .map((id) => ({
              turn: h.turn + 1,
              date: h.date,
              track: names.get(id) ?? id,
              value: h.tracks[id]!,
            })),
        );
        const chart = Plot.plot({
          width: Math.max(320, box.current.clientWidth - 8),
          height: 320,
          marginRight: 110,
          style: { background: 'transparent', color: '#d8d4c8', fontSize: '12px' },
          x: { label: 'Month of the game', grid: true },
          y: { label: 'Value', grid: true },
          color: { range: PALETTE, domain: chosen.map((id) => names.get(id) ?? id) },
          marks: [
            Plot.lineY(data, {
              x: 'turn',
              y: 'value',
              stroke: 'track',
              strokeWidth: 2,
              tip: true,
              title: (d: { track: string; date: string; value: number }) =>
                `${d.track}, ${d.date}: ${Math.round(d.value)}`,
            }),
            Plot.text(
              data,
              Plot.selectLast({
                x: 'turn',
                y: 'value',
                z: 'track',
                text: 'track',
                dx: 6,
                textAnchor: 'start',
                fill: 'track',
              }),
            ),
          ],
        });
        box.current.replaceChildren(chart);
      })
      .catch(() => live && setFailed(true));
    return () => void (live = false);
  }, [history, chosen]);
  const toggle = (id: string) =>
    setChosen(chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id].slice(-8));
  return (
    <section class="panel charts" aria-label="Charts">
      <h2>
        Charts <small>{history.length} months</small>
      </h2>
      <fieldset class="chart-pick">
        <legend>Tracks to draw (up to 8)</legend>
        {plotted.map((t) => (
          <label key={t.id}>
            <input type="checkbox" checked={chosen.includes(t.id)} onChange={() => toggle(t.id)} />{' '}
            {t.name}
          </label>
        ))}
      </fieldset>
      <div
        ref={box}
        class="chart"
        role="img"
        aria-label={`Chart of ${chosen.length} tracks over ${history.length} months`}
      />
      {failed && <p class="field-error">The charts could not be drawn.</p>}
    </section>
  );
}
