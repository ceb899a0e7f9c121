// Rings the right way round for d3-geo, which reads a ring's winding to know which side is inside:
// a polygon wound as the plane winds it (polygon-clipping does) would cover the rest of the globe.
import { geoArea } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';

export function rewound(g: Polygon | MultiPolygon): MultiPolygon {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((p) =>
      geoArea({ type: 'Polygon', coordinates: p }) > 2 * Math.PI
        ? p.map((ring) => [...ring].reverse())
        : p,
    ),
  };
}
