// The map: real borders (Natural Earth), the scenario's regions as areas tinted by who holds them
// and a marker at each city, shaped by the holder, with a ring for unrest. It zooms and pans with
// the mouse wheel and drag, a pinch, the buttons, or the keys (+ − 0 and the arrows); names keep
// a legible size at any zoom. Hover for a tooltip; click or Enter for details.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { markPath } from '../ui/faction-mark';
import {
  MAP_H,
  MAP_W,
  fitTransform,
  mapGeometry,
  placeLabels,
  spread,
  type Box,
} from './map-geometry';
import { countryInsides, placeCountryNames } from './country-names';
import type { RegionInfo, RegionModel, ScenarioInfo } from '../protocol';
import { loadMap, type MapData } from './map-data';
import './map.css';

interface Props {
  info: ScenarioInfo;
  regions: readonly RegionModel[];
  selected: string | null;
  onSelect(id: string | null): void;
}

/** On screen, in CSS pixels, whatever the zoom. */
const LABEL_PX = 13;
const COUNTRY_PX = 12;
const MARKER_PX = 6;
const STEP = 1.6;
const unrestClass = (u: number) => (u >= 75 ? 'high' : u >= 50 ? 'mid' : 'low');

export function regionLabel(info: ScenarioInfo, r: RegionInfo, m: RegionModel): string {
  const holder =
    m.control === 'none'
      ? 'held by no faction'
      : `held by ${info.factions.find((f) => f.id === m.control)?.name ?? m.control}`;
  return `${r.name}: ${holder}, unrest ${m.unrest}`;
}

interface View {
  k: number;
  x: number;
  y: number;
}

export function MapView({ info, regions, selected, onSelect }: Props) {
  const [data, setData] = useState<MapData | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [view, setView] = useState<View>({ k: 1, x: 0, y: 0 });
  /** The map's size on screen, in CSS pixels: the map's unit. */
  const [size, setSize] = useState({ w: MAP_W, h: MAP_H });
  const { w: W, h: H } = size;
  useEffect(() => {
    let live = true;
    loadMap(info)
      .then((d) => live && setData(d))
      .catch(() => undefined);
    return () => void (live = false);
  }, [info]);
  const geo = useMemo(() => mapGeometry(data, info.regions, W, H), [data, info.regions, W, H]);
  const home = useMemo(() => fitTransform(geo.home, W, H), [geo, W, H]);
  const insides = useMemo(() => countryInsides(geo.countries), [geo]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const measure = () => {
      const r = svg.getBoundingClientRect();
      if (r.width > 0 && r.height > 0)
        setSize((s) =>
          Math.abs(s.w - r.width) < 1 && Math.abs(s.h - r.height) < 1
            ? s
            : { w: Math.round(r.width), h: Math.round(r.height) },
        );
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(svg);
    const z = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 16])
      .on('zoom', (e: { transform: View; sourceEvent: Event | null }) => {
        if (e.sourceEvent) byPlayerRef.current();
        setView({ k: e.transform.k, x: e.transform.x, y: e.transform.y });
      });
    zoomRef.current = z;
    select(svg).call(z).on('dblclick.zoom', null);
    return () => {
      ro.disconnect();
      select(svg).on('.zoom', null);
    };
  }, []);
  useEffect(() => {
    zoomRef.current
      ?.extent([
        [0, 0],
        [W, H],
      ])
      .translateExtent([
        [-W * 0.1, -H * 0.1],
        [W * 1.1, H * 1.1],
      ]);
  }, [W, H]);

  const goTo = (t: View) => {
    const svg = svgRef.current;
    if (svg && zoomRef.current)
      select(svg).call(zoomRef.current.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
  };
  // The map opens on the scenario's heart, again when the scenario changes, and follows a change
  // of size until the player moves it (a change of size redraws the map at the new size).
  const moved = useRef('');
  const scenarioKey = `${info.bundled === false ? 'opened' : 'bundled'}:${info.id}:${data ? 'map' : ''}`;
  useEffect(() => {
    if (moved.current !== scenarioKey) goTo(home);
  }, [home]);
  const byPlayer = () => void (moved.current = scenarioKey);

  const byPlayerRef = useRef(byPlayer);
  byPlayerRef.current = byPlayer;
  const zoomBy = (f: number) => {
    byPlayer();
    const svg = svgRef.current;
    if (svg && zoomRef.current) select(svg).call(zoomRef.current.scaleBy, f);
  };
  const panBy = (dx: number, dy: number) => {
    byPlayer();
    const svg = svgRef.current;
    if (svg && zoomRef.current)
      select(svg).call(zoomRef.current.translateBy, dx / view.k, dy / view.k);
  };
  const onKey = (e: KeyboardEvent) => {
    const pan = 80;
    const keys: Record<string, () => void> = {
      '+': () => zoomBy(STEP),
      '=': () => zoomBy(STEP),
      '-': () => zoomBy(1 / STEP),
      '0': () => {
        moved.current = '';
        goTo(home);
      },
      ArrowLeft: () => panBy(pan, 0),
      ArrowRight: () => panBy(-pan, 0),
      ArrowUp: () => panBy(0, pan),
      ArrowDown: () => panBy(0, -pan),
    };
    const run = keys[e.key];
    if (run && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      run();
    }
  };
  /** A region reached with Tab is brought into view. */
  const reveal = (at: readonly [number, number]) => {
    const [sx, sy] = [view.x + view.k * at[0], view.y + view.k * at[1]];
    if (sx < 20 || sy < 20 || sx > W - 20 || sy > H - 20) {
      byPlayer();
      goTo({ k: view.k, x: W / 2 - view.k * at[0], y: H / 2 - view.k * at[1] });
    }
  };

  const state = new Map(regions.map((r) => [r.id, r]));
  const factionIndex = new Map(info.factions.map((f, i) => [f.id, i]));
  const color = (id: string) => info.factions.find((f) => f.id === id)?.color ?? '#777';
  const shown = new Set(info.mapCountries ?? info.regions.map((r) => r.country));
  const cities = geo.regions.map(
    (p) => [view.x + view.k * p.at[0], view.y + view.k * p.at[1]] as const,
  );
  const screen = spread(cities, 2 * (MARKER_PX + 3) + 4);
  const labels = placeLabels(
    screen,
    geo.regions.map((p) => info.regions.find((r) => r.id === p.id)?.name ?? p.id),
    LABEL_PX,
    MARKER_PX + 5,
    [0, 0, W, H],
  );
  const marks = screen.map(([x, y]): Box => [
    x - MARKER_PX - 4,
    y - MARKER_PX - 4,
    x + MARKER_PX + 4,
    y + MARKER_PX + 4,
  ]);
  const countryNames = placeCountryNames(
    insides,
    view,
    [4, 44, W - 4, H - 4],
    [...marks, ...labels.flatMap((l) => (l ? [l.box] : []))],
    COUNTRY_PX,
  );
  const outside = cities.filter(([x, y]) => x < 0 || y < 0 || x > W || y > H).length;
  return (
    <figure class="map" aria-label="Map of the scenario's regions">
      <div class="map-tools" role="toolbar" aria-label="Zoom the map">
        <button type="button" onClick={() => zoomBy(STEP)} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button
          type="button"
          onClick={() => zoomBy(1 / STEP)}
          aria-label="Zoom out"
          title="Zoom out (−)"
        >
          −
        </button>
        <button
          type="button"
          onClick={() => {
            moved.current = '';
            goTo(home);
          }}
          title="Back to the opening view (0)"
        >
          Reset
        </button>
        <button
          type="button"
          onClick={() => {
            byPlayer();
            goTo({ k: 1, x: 0, y: 0 });
          }}
        >
          All regions
        </button>
      </div>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${W} ${H}`}
        role="group"
        aria-label="Regions: drag or use the arrow keys to pan, the wheel or + and − to zoom"
        aria-describedby={outside ? 'map-outside' : undefined}
        preserveAspectRatio="xMidYMid meet"
        data-zoom={view.k.toFixed(2)}
        onKeyDown={onKey}
      >
        <rect
          class="sea"
          x={-MAP_W}
          y={-MAP_H}
          width={MAP_W * 3}
          height={MAP_H * 3}
          onClick={() => onSelect(null)}
        />
        <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
          <g class="countries" aria-hidden="true">
            {geo.countries.map((c) => (
              <path key={c.id + c.name} d={c.d} class={shown.has(c.id) ? 'land home' : 'land'} />
            ))}
          </g>
          <g class="areas" aria-hidden="true">
            {geo.regions.map((p) => {
              const m = state.get(p.id);
              if (!p.d || !m) return null;
              return (
                <path
                  key={p.id}
                  d={p.d}
                  data-area={p.id}
                  class={`area${selected === p.id ? ' selected' : ''}${m.control === 'none' ? ' unheld' : ''}`}
                  fill={m.control === 'none' ? undefined : color(m.control)}
                  onClick={(e) => {
                    e.stopPropagation();
                    onSelect(selected === p.id ? null : p.id);
                  }}
                />
              );
            })}
          </g>
        </g>
        <g class="country-names" aria-hidden="true">
          {countryNames.map((c) => (
            <text
              key={c.name}
              x={c.x}
              y={c.y + COUNTRY_PX * 0.35}
              text-anchor="middle"
              class="country-name"
              style={{ fontSize: COUNTRY_PX }}
            >
              {c.name}
            </text>
          ))}
        </g>
        <g class="regions">
          {geo.regions.map((p, i) => {
            const r = info.regions.find((x) => x.id === p.id)!;
            const m = state.get(p.id);
            if (!m) return null;
            const [x, y] = screen[i]!;
            const R = MARKER_PX;
            const ringR = R + 3;
            const circ = 2 * Math.PI * ringR;
            const fi = m.control === 'none' ? -1 : (factionIndex.get(m.control) ?? -1);
            const label = labels[i];
            return (
              <g
                key={p.id}
                class={`region${selected === p.id ? ' selected' : ''}`}
                role="button"
                // Lower case: SVG attributes are case-sensitive, and `tabIndex` would not focus.
                tabindex={0}
                aria-pressed={selected === p.id}
                data-region={p.id}
                onClick={(e) => {
                  e.stopPropagation();
                  onSelect(selected === p.id ? null : p.id);
                }}
                onFocus={() => reveal(p.at)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onSelect(p.id);
                  }
                }}
              >
                <title>{regionLabel(info, r, m)}</title>
                {Math.hypot(x - cities[i]![0], y - cities[i]![1]) > 2 && (
                  <>
                    <line x1={cities[i]![0]} y1={cities[i]![1]} x2={x} y2={y} class="leader" />
                    <circle cx={cities[i]![0]} cy={cities[i]![1]} r={2} class="pin" />
                  </>
                )}
                <circle cx={x} cy={y} r={ringR} class="unrest-track" style={{ strokeWidth: 3 }} />
                <circle
                  cx={x}
                  cy={y}
                  r={ringR}
                  class={`unrest ${unrestClass(m.unrest)}`}
                  style={{ strokeWidth: m.unrest >= 75 ? 5 : 3 }}
                  stroke-dasharray={`${(m.unrest / 100) * circ} ${circ}`}
                  transform={`rotate(-90 ${x} ${y})`}
                />
                <path
                  d={markPath(fi, R - 1.5)}
                  transform={`translate(${x} ${y})`}
                  fill={fi < 0 ? 'none' : color(m.control)}
                  style={{ strokeWidth: 1.5 }}
                  class="marker"
                />
                {label && (
                  <text
                    x={label.x}
                    y={label.y}
                    text-anchor={label.anchor}
                    class="region-name"
                    style={{ fontSize: LABEL_PX, strokeWidth: 3 }}
                  >
                    {r.name}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption class="legend">
        {info.factions.map((f, i) => (
          <span key={f.id}>
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
              <path d={markPath(i, 5.5)} fill={f.color} stroke="#111" />
            </svg>
            {f.name}
          </span>
        ))}
        <span>
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            <path d={markPath(-1, 5.5)} fill="none" stroke="#aab" />
          </svg>
          No one
        </span>
        <span class="legend-unrest">ring = unrest, 0–100 (amber from 50, thick pink from 75)</span>
        {outside > 0 && (
          <span id="map-outside" class="legend-unrest">
            {outside} region{outside === 1 ? '' : 's'} out of view: zoom out or press “All regions”
          </span>
        )}
      </figcaption>
    </figure>
  );
}
