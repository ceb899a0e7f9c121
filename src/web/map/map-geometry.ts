// The map's geometry, worked out once: a Mercator view of Mexico, the border and the Caribbean
// down to Bogotá, an inset for the south of the continent, and region markers nudged apart where
// cities sit too close to tell apart (Ciudad Juárez and El Paso).
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { RegionInfo } from '../protocol';

export const MAP_W = 1000;
export const MAP_H = 640;
export const INSET = { x: 10, y: 330, w: 250, h: 300 } as const;

export interface Label {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface PlacedRegion {
  readonly id: string;
  /** Where the city is, and where its marker is drawn. */
  readonly at: readonly [number, number];
  readonly marker: readonly [number, number];
  readonly label: Label;
  readonly inset: boolean;
}

export const MARKER_R = 11;
export const LABEL_SIZE = 17;
const MARKER_GAP = 36;

type Box = readonly [number, number, number, number];
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) *
  Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));

/** Places each name beside its marker where it covers the fewest other names and markers. */
export function placeLabels(
  markers: readonly (readonly [number, number])[],
  names: readonly string[],
): Label[] {
  const ring = MARKER_R + 6;
  const marks: Box[] = markers.map(([x, y]) => [x - ring, y - ring, x + ring, y + ring]);
  const placed: Box[] = [];
  const order = markers.map((_, i) => i).sort((a, b) => markers[a]![0] - markers[b]![0]);
  const out: Label[] = new Array(markers.length);
  for (const i of order) {
    const [x, y] = markers[i]!;
    const w = names[i]!.length * LABEL_SIZE * 0.52;
    const h = LABEL_SIZE;
    const candidates: (Label & { box: Box })[] = [
      {
        x: x + ring + 2,
        y: y + h * 0.35,
        anchor: 'start',
        box: [x + ring + 2, y - h / 2, x + ring + 2 + w, y + h / 2],
      },
      {
        x: x - ring - 2,
        y: y + h * 0.35,
        anchor: 'end',
        box: [x - ring - 2 - w, y - h / 2, x - ring - 2, y + h / 2],
      },
      {
        x,
        y: y - ring - 4,
        anchor: 'middle',
        box: [x - w / 2, y - ring - 4 - h, x + w / 2, y - ring - 4],
      },
      {
        x,
        y: y + ring + h,
        anchor: 'middle',
        box: [x - w / 2, y + ring + 2, x + w / 2, y + ring + 2 + h],
      },
    ];
    const cost = (b: Box) =>
      [...placed, ...marks.filter((_, j) => j !== i)].reduce((n, o) => n + overlap(b, o), 0) +
      (b[0] < 0 || b[2] > MAP_W || b[1] < 0 || b[3] > MAP_H ? 1e5 : 0);
    const best = candidates.reduce((a, b) => (cost(b.box) < cost(a.box) ? b : a));
    placed.push(best.box);
    out[i] = { x: best.x, y: best.y, anchor: best.anchor };
  }
  return out;
}

export interface MapGeometry {
  readonly countries: readonly { id: string; name: string; d: string; inset: string }[];
  readonly regions: readonly PlacedRegion[];
}

function mainProjection(): GeoProjection {
  return geoMercator().fitExtent(
    [
      [10, 10],
      [MAP_W - 10, MAP_H - 10],
    ],
    {
      type: 'MultiPoint',
      coordinates: [
        [-117.5, 33.5],
        [-70, 2.5],
      ],
    },
  );
}

function insetProjection(): GeoProjection {
  return geoMercator()
    .fitExtent(
      [
        [INSET.x + 6, INSET.y + 6],
        [INSET.x + INSET.w - 6, INSET.y + INSET.h - 6],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [-82, 2],
          [-34, -42],
        ],
      },
    )
    .clipExtent([
      [INSET.x, INSET.y],
      [INSET.x + INSET.w, INSET.y + INSET.h],
    ]);
}

/** Regions south of the equator go in the inset. */
const inInset = (r: RegionInfo) => r.lat < 0;

/** Pushes markers apart until none overlap (a few rounds of pairwise repulsion). */
export function spread(points: [number, number][], minDist: number): [number, number][] {
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

export function mapGeometry(
  countries: readonly Feature<Geometry, { name?: string }>[],
  regions: readonly RegionInfo[],
): MapGeometry {
  const main = mainProjection();
  const inset = insetProjection();
  main.clipExtent([
    [0, 0],
    [MAP_W, MAP_H],
  ]);
  const mainPath = geoPath(main);
  const insetPath = geoPath(inset);
  const shapes = countries.map((f) => ({
    id: String(f.id ?? ''),
    name: f.properties?.name ?? '',
    d: mainPath(f) ?? '',
    inset: insetPath(f) ?? '',
  }));
  const at = regions.map((r): [number, number] => {
    const p = (inInset(r) ? inset : main)([r.lon, r.lat]);
    return p ? [p[0], p[1]] : [0, 0];
  });
  const markers = spread(at, MARKER_GAP);
  const labels = placeLabels(
    markers,
    regions.map((r) => r.name),
  );
  return {
    countries: shapes.filter((s) => s.d || s.inset),
    regions: regions.map((r, i) => ({
      id: r.id,
      at: at[i]!,
      marker: markers[i]!,
      label: labels[i]!,
      inset: inInset(r),
    })),
  };
}
