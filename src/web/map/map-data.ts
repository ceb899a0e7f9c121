// What the map draws, fetched as static files so it stays out of the JavaScript: for a bundled
// scenario, its own map (regions as areas, made when the game is built from Natural Earth's
// states and countries); for a scenario the player opened, Natural Earth's countries, and areas
// worked out here as Voronoi cells of its regions' cities within their countries (the geometry
// code is loaded only then).
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { geoBounds } from 'd3-geo';
import bundled, { worldUrl } from 'virtual:bundled-scenarios';
import type { ScenarioInfo } from '../protocol';
import { rewound } from './rewind';

export type Shape = Feature<MultiPolygon, { name?: string }> & { id: string };

export interface MapData {
  readonly countries: readonly Shape[];
  /** Each region's area, by region id; a region without one is drawn as a marker only. */
  readonly areas: ReadonlyMap<string, MultiPolygon>;
}

type Objects = Record<string, GeometryCollection<{ name?: string }>>;

async function topo(url: string): Promise<Topology<Objects>> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`the map could not be fetched (${r.status})`);
  return (await r.json()) as Topology<Objects>;
}

function shapes(t: Topology<Objects>, name: string): Shape[] {
  const o = t.objects[name];
  if (!o) return [];
  return feature(t, o)
    .features.filter(
      (f): f is Feature<Polygon | MultiPolygon, { name?: string }> =>
        f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
    )
    .map((f) => ({ ...f, id: String(f.id ?? ''), geometry: rewound(f.geometry) }));
}

/** Countries whose bounds meet a lon/lat box (those that cross the antimeridian always do). */
function near(countries: readonly Shape[], box: readonly [number, number, number, number]) {
  const [x0, y0, x1, y1] = box;
  return countries.filter((c) => {
    const [[a, b], [cx, d]] = geoBounds(c);
    return a > cx || (a <= x1 && cx >= x0 && b <= y1 && d >= y0);
  });
}

const cache = new Map<string, Promise<MapData>>();
let world: Promise<Shape[]> | null = null;

async function build(info: ScenarioInfo): Promise<MapData> {
  const own = info.bundled ? bundled.find((b) => b.info.id === info.id) : undefined;
  if (own) {
    const t = await topo(own.mapUrl);
    return {
      countries: shapes(t, 'countries'),
      areas: new Map(shapes(t, 'regions').map((r) => [r.id, r.geometry])),
    };
  }
  world ??= topo(worldUrl).then((t) => shapes(t, 'countries'));
  const all = await world;
  const { voronoiAreas } = await import('./areas');
  const areas = voronoiAreas(info.regions, all);
  const lons = info.regions.map((r) => r.lon);
  const lats = info.regions.map((r) => r.lat);
  const pad = 12;
  const box = [
    Math.min(...lons) - pad,
    Math.min(...lats) - pad,
    Math.max(...lons) + pad,
    Math.max(...lats) + pad,
  ] as const;
  return { countries: near(all, box), areas };
}

/** The map of a scenario, fetched (and worked out) once. */
export function loadMap(info: ScenarioInfo): Promise<MapData> {
  const key = `${info.bundled ? 'bundled' : 'opened'}:${info.id}:${info.regions.map((r) => `${r.id}@${r.lon},${r.lat}`).join(';')}`;
  let p = cache.get(key);
  if (!p) {
    p = build(info);
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}
