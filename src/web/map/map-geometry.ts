// The map's geometry: a Mercator projection fitted to the scenario's regions and their areas,
// the view it opens on (the scenario's heart, leaving far-off regions to a zoom out), and names
// placed in screen space at the zoom of the moment, so that they keep a legible size and never
// cover one another (a name that finds no room waits for the player to zoom in).
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon } from 'geojson';
import type { RegionInfo } from '../protocol';
import type { MapData } from './map-data';

/** The size the map is drawn at until it is measured; the map's unit is the CSS pixel. */
export const MAP_W = 1000;
export const MAP_H = 640;

export interface PlacedRegion {
  readonly id: string;
  /** Where the city is, in map units. */
  readonly at: readonly [number, number];
  /** The region's area as an SVG path, or '' where it has none. */
  readonly d: string;
}

export interface MapGeometry {
  readonly countries: readonly {
    id: string;
    name: string;
    d: string;
    /** Its outline in map units, for placing its name (rings across the antimeridian left out). */
    rings: readonly (readonly (readonly [number, number])[])[];
  }[];
  readonly regions: readonly PlacedRegion[];
  /** The box the map opens on, in map units: x0, y0, x1, y1. */
  readonly home: readonly [number, number, number, number];
}

export type Box = readonly [number, number, number, number];

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : 0;
};

/** The regions that make the scenario's heart: those not far off from the others (within three
 *  times the median distance to the middle of them all). */
export function heart(points: readonly (readonly [number, number])[]): number[] {
  const mx = median(points.map((p) => p[0]));
  const my = median(points.map((p) => p[1]));
  const d = points.map(([x, y]) => Math.hypot(x - mx, y - my));
  const limit = Math.max(3 * median(d), 40);
  return points.map((_, i) => i).filter((i) => d[i]! <= limit);
}

export function mapGeometry(
  data: MapData | null,
  regions: readonly RegionInfo[],
  width = MAP_W,
  height = MAP_H,
): MapGeometry {
  const features: Feature[] = regions.map((r) => ({
    type: 'Feature',
    properties: {},
    geometry: data?.areas.get(r.id) ?? { type: 'Point', coordinates: [r.lon, r.lat] },
  }));
  const pad = 24;
  const projection = geoMercator().fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    { type: 'FeatureCollection', features },
  );
  if (regions.length === 1) projection.scale(Math.min(projection.scale(), 4000));
  const path = geoPath(projection);
  const placed = regions.map((r): PlacedRegion => {
    const p = projection([r.lon, r.lat]) ?? [width / 2, height / 2];
    const area = data?.areas.get(r.id);
    return { id: r.id, at: [p[0], p[1]], d: area ? (path(area as MultiPolygon) ?? '') : '' };
  });
  const core = heart(placed.map((p) => p.at));
  // The heart's cities, with room around them (not their areas: a lone region abroad may reach
  // far inland, and the opening view is about the cities).
  let home: Box = [width, height, 0, 0];
  for (const i of core) {
    const [x, y] = placed[i]!.at;
    home = [Math.min(home[0], x), Math.min(home[1], y), Math.max(home[2], x), Math.max(home[3], y)];
  }
  const room = Math.max(30, 0.08 * Math.max(home[2] - home[0], home[3] - home[1]));
  home = [home[0] - room, home[1] - room, home[2] + room, home[3] + room];
  const countries = (data?.countries ?? [])
    .map((c) => ({
      id: c.id,
      name: c.properties?.name ?? '',
      d: path(c) ?? '',
      rings: c.geometry.coordinates.flat().flatMap((ring) => {
        const lons = ring.map((p) => p[0]!);
        if (Math.max(...lons) - Math.min(...lons) > 180) return [];
        return [ring.map((p) => (projection([p[0]!, p[1]!]) ?? [0, 0]) as [number, number])];
      }),
    }))
    .filter((c) => c.d);
  return { countries, regions: placed, home };
}

/** The zoom that shows a box whole, centred, in a view of width × height. */
export function fitTransform(
  box: Box,
  width = MAP_W,
  height = MAP_H,
  margin = 0.06,
): { k: number; x: number; y: number } {
  const [x0, y0, x1, y1] = box;
  const w = Math.max(x1 - x0, 1);
  const h = Math.max(y1 - y0, 1);
  const k = Math.max(1, Math.min(4, (1 - 2 * margin) * Math.min(width / w, height / h)));
  return { k, x: width / 2 - k * ((x0 + x1) / 2), y: height / 2 - k * ((y0 + y1) / 2) };
}

export interface Label {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** The room it takes on screen. */
  readonly box: Box;
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) *
    Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1])) >
  0;

/** Places each name beside its marker (positions and sizes in one unit, the screen's) where it
 *  covers no other name or marker and stays inside `view`; a name that fits nowhere gets null.
 *  Earlier regions (the scenario lists its most important first) are placed first. */
export function placeLabels(
  markers: readonly (readonly [number, number])[],
  names: readonly string[],
  size: number,
  ring: number,
  view: Box,
): (Label | null)[] {
  const marks: Box[] = markers.map(([x, y]) => [x - ring, y - ring, x + ring, y + ring]);
  const placed: Box[] = [];
  return markers.map(([x, y], i) => {
    const inView = x >= view[0] && x <= view[2] && y >= view[1] && y <= view[3];
    if (!inView) return null;
    const w = names[i]!.length * size * 0.55;
    const h = size * 1.1;
    const gap = ring + 3;
    const candidates: (Label & { box: Box })[] = [
      {
        x: x + gap,
        y: y + h * 0.32,
        anchor: 'start',
        box: [x + gap, y - h / 2, x + gap + w, y + h / 2],
      },
      {
        x: x - gap,
        y: y + h * 0.32,
        anchor: 'end',
        box: [x - gap - w, y - h / 2, x - gap, y + h / 2],
      },
      {
        x,
        y: y - gap - h * 0.25,
        anchor: 'middle',
        box: [x - w / 2, y - gap - h, x + w / 2, y - gap],
      },
      {
        x,
        y: y + gap + h * 0.8,
        anchor: 'middle',
        box: [x - w / 2, y + gap, x + w / 2, y + gap + h],
      },
    ];
    const free = candidates.find(
      (c) =>
        c.box[0] >= view[0] &&
        c.box[2] <= view[2] &&
        c.box[1] >= view[1] &&
        c.box[3] <= view[3] &&
        !placed.some((o) => overlap(c.box, o)) &&
        !marks.some((o, j) => j !== i && overlap(c.box, o)),
    );
    if (!free) return null;
    placed.push(free.box);
    return free;
  });
}

/** Pushes markers apart until none overlap (a few rounds of pairwise repulsion): two cities a
 *  few miles apart (Ciudad Juárez and El Paso) each keep a marker one can point at. */
export function spread(
  points: readonly (readonly [number, number])[],
  minDist: number,
): [number, number][] {
  const p = points.map(([x, y]) => [x, y] as [number, number]);
  for (let round = 0; round < 40; round++) {
    let moved = false;
    for (let i = 0; i < p.length; i++)
      for (let j = i + 1; j < p.length; j++) {
        const a = p[i]!;
        const b = p[j]!;
        let dx = b[0] - a[0];
        let dy = b[1] - a[1];
        let d = Math.hypot(dx, dy);
        if (d >= minDist) continue;
        if (d < 0.01) [dx, dy, d] = [1, 0, 1];
        const push = (minDist - d) / 2 / d;
        a[0] -= dx * push;
        a[1] -= dy * push;
        b[0] += dx * push;
        b[1] += dy * push;
        moved = true;
      }
    if (!moved) break;
  }
  return p;
}
