// Regions drawn as areas. Each region is a city; its area is the land nearest to it within its
// own country: the Voronoi cell of its coordinates, clipped to the country and to a disc around
// the city, so that a lone region in a large country does not paint the whole country. The same
// code runs when the map is built (with a country's states, where they are known: a state goes
// whole to its nearest region) and in the browser for a scenario that brings no map of its own.
import { Delaunay } from 'd3-delaunay';
import { geoBounds, geoCentroid, geoContains, geoDistance } from 'd3-geo';
import polygonClipping, {
  type MultiPolygon as Clip,
  type Polygon as ClipPolygon,
} from 'polygon-clipping';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { rewound } from './rewind';

export { rewound };

export interface Seed {
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
}

export type Land = Feature<Polygon | MultiPolygon>;

const EARTH_KM = 6371;
/** The farthest a lone region reaches from its city. */
export const LONE_REACH_KM = 450;

const km = (a: readonly [number, number], b: readonly [number, number]) =>
  geoDistance([a[0], a[1]], [b[0], b[1]]) * EARTH_KM;

function asClip(g: Polygon | MultiPolygon): Clip {
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Clip;
}

/** How far each region may reach: twice the distance to its nearest neighbour in the same
 *  country, between `LONE_REACH_KM` and twice that; `LONE_REACH_KM` for a region alone in its
 *  country (Washington, with Key West its nearest neighbour, would otherwise take half a continent). */
export function reaches(seeds: readonly Seed[]): number[] {
  return seeds.map((s) => {
    let nearest = Infinity;
    for (const o of seeds)
      if (o !== s) nearest = Math.min(nearest, km([s.lon, s.lat], [o.lon, o.lat]));
    return Number.isFinite(nearest)
      ? Math.min(2 * LONE_REACH_KM, Math.max(LONE_REACH_KM, 2 * nearest))
      : LONE_REACH_KM;
  });
}

/** A disc of `radiusKm` around a point, as a lon/lat polygon (good enough away from the poles). */
function disc(lon: number, lat: number, radiusKm: number): ClipPolygon {
  const dLat = (radiusKm / EARTH_KM) * (180 / Math.PI);
  const dLon = dLat / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
  const ring: [number, number][] = [];
  for (let i = 0; i < 48; i++) {
    const a = (i / 48) * 2 * Math.PI;
    ring.push([lon + dLon * Math.cos(a), lat + dLat * Math.sin(a)]);
  }
  ring.push(ring[0]!);
  return [ring];
}

/** The Voronoi cells of `seeds` (in lon/lat, inside `box`), one polygon per seed. */
function cells(seeds: readonly Seed[], box: readonly [number, number, number, number]) {
  const v = Delaunay.from(
    seeds,
    (s) => s.lon,
    (s) => s.lat,
  ).voronoi([...box]);
  return seeds.map((_, i) => {
    const p = v.cellPolygon(i);
    return p ? ([p.map(([x, y]) => [x, y] as [number, number])] as ClipPolygon) : null;
  });
}

/** Splits `land` among `seeds` (all lying in or near it): each seed gets its Voronoi cell of the
 *  land, cut to its reach. Returns one (possibly empty) multipolygon per seed. */
export function splitLand(land: Land, seeds: readonly Seed[], reach: readonly number[]): Clip[] {
  const [[x0, y0], [x1, y1]] = geoBounds(land);
  const pad = 1;
  const box = [
    Math.min(x0, ...seeds.map((s) => s.lon)) - pad,
    Math.min(y0, ...seeds.map((s) => s.lat)) - pad,
    Math.max(x1, ...seeds.map((s) => s.lon)) + pad,
    Math.max(y1, ...seeds.map((s) => s.lat)) + pad,
  ] as const;
  const shape = asClip(land.geometry);
  const cut = (i: number): ClipPolygon[] => {
    const s = seeds[i]!;
    return Number.isFinite(reach[i]) ? [disc(s.lon, s.lat, reach[i]!)] : [];
  };
  if (seeds.length === 1) return [polygonClipping.intersection(shape, ...cut(0))];
  return cells(seeds, box).map((cell, i) =>
    cell ? polygonClipping.intersection(shape, cell, ...cut(i)) : [],
  );
}

/** The country (of `lands`) holding a point, or else the nearest one. */
export function landAt(lands: readonly Land[], lon: number, lat: number): Land | null {
  const inside = lands.find((l) => geoContains(l, [lon, lat]));
  if (inside) return inside;
  let best: Land | null = null;
  let bestKm = 300; // a city more than this far out at sea has no land of its own
  for (const l of lands) {
    const d = km(geoCentroid(l), [lon, lat]);
    if (d < bestKm) [best, bestKm] = [l, d];
  }
  return best;
}

/** Areas for regions from a set of countries only: each region's Voronoi cell within the country
 *  its city lies in. Regions whose city is in no country get no area (they keep a marker). */
export function voronoiAreas(
  seeds: readonly Seed[],
  countries: readonly Land[],
): Map<string, MultiPolygon> {
  const byLand = new Map<Land, Seed[]>();
  for (const s of seeds) {
    const land = landAt(countries, s.lon, s.lat);
    if (land) byLand.set(land, [...(byLand.get(land) ?? []), s]);
  }
  const out = new Map<string, MultiPolygon>();
  for (const [land, group] of byLand) {
    const parts = splitLand(land, group, reaches(group));
    group.forEach((s, i) => {
      const p = parts[i]!;
      if (p.length) out.set(s.id, rewound({ type: 'MultiPolygon', coordinates: p }));
    });
  }
  return out;
}

/** The state a city lies in; for a city on a border that the states' simplified outlines leave
 *  outside them all (El Paso), the state that most of the land around it belongs to. */
function stateOf(states: readonly Land[], s: Seed): Land | null {
  const inside = states.find((st) => geoContains(st, [s.lon, s.lat]));
  if (inside) return inside;
  const votes = new Map<Land, number>();
  for (const r of [0.15, 0.35])
    for (let i = 0; i < 16; i++) {
      const a = (i / 16) * 2 * Math.PI;
      const p: [number, number] = [s.lon + r * Math.cos(a), s.lat + r * Math.sin(a)];
      const st = states.find((x) => geoContains(x, p));
      if (st) votes.set(st, (votes.get(st) ?? 0) + 1);
    }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Areas from a country's states: a state with cities of regions in it is split among them; a
 *  state with none goes whole to the nearest region, if within that region's reach. */
export function stateAreas(
  seeds: readonly Seed[],
  states: readonly Land[],
): Map<string, MultiPolygon> {
  const reach = reaches(seeds);
  const pieces = new Map<string, Clip[]>(seeds.map((s) => [s.id, []]));
  const home = seeds.map((s) => stateOf(states, s));
  for (const state of states) {
    const inside = seeds.map((s, i) => ({ s, i })).filter(({ i }) => home[i] === state);
    if (inside.length > 1) {
      const parts = splitLand(
        state,
        inside.map((x) => x.s),
        inside.map(() => Infinity),
      );
      inside.forEach(({ s }, k) => pieces.get(s.id)!.push(parts[k]!));
      continue;
    }
    let owner = inside[0]?.i ?? -1;
    if (owner < 0) {
      const c = geoCentroid(state);
      let best = Infinity;
      seeds.forEach((s, i) => {
        const d = km(c, [s.lon, s.lat]);
        if (d < best && d <= reach[i]!) [owner, best] = [i, d];
      });
    }
    if (owner >= 0) pieces.get(seeds[owner]!.id)!.push(asClip(state.geometry));
  }
  const out = new Map<string, MultiPolygon>();
  for (const [id, parts] of pieces) {
    if (!parts.length) continue;
    const [first, ...rest] = parts;
    const merged = polygonClipping.union(first!, ...rest);
    if (merged.length) out.set(id, rewound({ type: 'MultiPolygon', coordinates: merged }));
  }
  return out;
}
