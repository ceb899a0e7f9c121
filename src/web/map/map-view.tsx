// The map: real borders (Natural Earth), the scenario's regions as markers coloured and shaped by
// who holds them, with a ring for unrest. Hover for a tooltip; click or Enter for details.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { markPath } from '../ui/faction-mark';
import { INSET, MAP_H, MAP_W, MARKER_R, mapGeometry } from './map-geometry';
import type { RegionInfo, RegionModel, ScenarioInfo } from '../protocol';
import { loadCountries, type Country } from './world';

interface Props {
  info: ScenarioInfo;
  regions: readonly RegionModel[];
  selected: string | null;
  onSelect(id: string | null): void;
}

const HIGHLIGHT = new Set(['484']); // Mexico
const unrestClass = (u: number) => (u >= 75 ? 'high' : u >= 50 ? 'mid' : 'low');

export function regionLabel(info: ScenarioInfo, r: RegionInfo, m: RegionModel): string {
  const holder =
    m.control === 'none'
      ? 'held by no faction'
      : `held by ${info.factions.find((f) => f.id === m.control)?.name ?? m.control}`;
  return `${r.name}: ${holder}, unrest ${m.unrest}`;
}

export function MapView({ info, regions, selected, onSelect }: Props) {
  const [countries, setCountries] = useState<Country[]>([]);
  useEffect(() => {
    let live = true;
    loadCountries()
      .then((c) => live && setCountries(c))
      .catch(() => undefined);
    return () => void (live = false);
  }, []);
  const geo = useMemo(() => mapGeometry(countries, info.regions), [countries, info.regions]);
  const state = new Map(regions.map((r) => [r.id, r]));
  const factionIndex = new Map(info.factions.map((f, i) => [f.id, i]));
  const color = (id: string) => info.factions.find((f) => f.id === id)?.color ?? '#777';
  return (
    <figure class="map" aria-label="Map of the Americas">
      <svg
        viewBox={`0 0 ${MAP_W} ${MAP_H}`}
        role="group"
        aria-label="Regions"
        preserveAspectRatio="xMidYMid meet"
        onClick={(e) => e.target === e.currentTarget && onSelect(null)}
      >
        <rect class="sea" width={MAP_W} height={MAP_H} onClick={() => onSelect(null)} />
        <g class="countries" aria-hidden="true">
          {geo.countries.map(
            (c) =>
              c.d && (
                <path
                  key={c.id + c.name}
                  d={c.d}
                  class={HIGHLIGHT.has(c.id) ? 'land home' : 'land'}
                />
              ),
          )}
        </g>
        <g class="inset" aria-hidden="true">
          <rect x={INSET.x} y={INSET.y} width={INSET.w} height={INSET.h} class="inset-frame" />
          {geo.countries.map(
            (c) => c.inset && <path key={c.id + c.name} d={c.inset} class="land" />,
          )}
          <text x={INSET.x + 8} y={INSET.y + 16} class="inset-title">
            South America
          </text>
        </g>
        <g class="regions">
          {geo.regions.map((p) => {
            const r = info.regions.find((x) => x.id === p.id)!;
            const m = state.get(p.id);
            if (!m) return null;
            const [x, y] = p.marker;
            const moved = Math.hypot(x - p.at[0], y - p.at[1]) > 2;
            const ringR = MARKER_R + 5;
            const circ = 2 * Math.PI * ringR;
            const label = regionLabel(info, r, m);
            const fi = m.control === 'none' ? -1 : (factionIndex.get(m.control) ?? -1);
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
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onSelect(p.id);
                  }
                }}
              >
                <title>{label}</title>
                {moved && <line x1={p.at[0]} y1={p.at[1]} x2={x} y2={y} class="leader" />}
                {moved && <circle cx={p.at[0]} cy={p.at[1]} r={2} class="pin" />}
                <circle cx={x} cy={y} r={ringR} class="unrest-track" />
                <circle
                  cx={x}
                  cy={y}
                  r={ringR}
                  class={`unrest ${unrestClass(m.unrest)}`}
                  stroke-dasharray={`${(m.unrest / 100) * circ} ${circ}`}
                  transform={`rotate(-90 ${x} ${y})`}
                />
                <path
                  d={markPath(fi, MARKER_R - 2)}
                  transform={`translate(${x} ${y})`}
                  fill={fi < 0 ? 'none' : color(m.control)}
                  class="marker"
                />
                <text x={p.label.x} y={p.label.y} text-anchor={p.label.anchor} class="region-name">
                  {r.name}
                </text>
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
      </figcaption>
    </figure>
  );
}
