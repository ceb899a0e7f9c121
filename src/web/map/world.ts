// Natural Earth countries (world-atlas, 1:50m), fetched as a static file so they stay out of the
// JavaScript, and cut down to the Americas.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { geoBounds } from 'd3-geo';
import worldUrl from 'world-atlas/countries-50m.json?url';

export type Country = Feature<Geometry, { name?: string }>;

function inAmericas(f: Country): boolean {
  const [[x0, y0], [x1, y1]] = geoBounds(f);
  if (x0 > x1) return true; // crosses the antimeridian: the United States
  return x1 > -130 && x0 < -30 && y0 < 40 && y1 > -60;
}

let cache: Promise<Country[]> | null = null;

export function loadCountries(): Promise<Country[]> {
  cache ??= fetch(worldUrl)
    .then(
      (r) => r.json() as Promise<Topology<{ countries: GeometryCollection<{ name?: string }> }>>,
    )
    .then((topo) => {
      const fc = feature(topo, topo.objects.countries);
      return (fc.features as Country[]).filter(inAmericas);
    });
  return cache;
}
