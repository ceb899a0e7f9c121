import { describe, expect, it } from 'vitest';
import { geoArea, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon } from 'geojson';
import { fitTransform, heart, placeLabels, spread } from './map-geometry';
import { reaches, stateAreas, voronoiAreas, type Land } from './areas';
import { rewound } from './rewind';

const square = (id: string, x0: number, y0: number, x1: number, y1: number): Land => ({
  type: 'Feature',
  id,
  properties: {},
  // Wound as d3-geo wants it (clockwise on the sphere).
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x0, y1],
        [x1, y1],
        [x1, y0],
        [x0, y0],
      ],
    ],
  },
});
const feature = (g: MultiPolygon): Feature<MultiPolygon> => ({
  type: 'Feature',
  properties: {},
  geometry: g,
});

describe('markers on the map', () => {
  it('pushes markers at one spot apart', () => {
    const [a, b] = spread(
      [
        [100, 100],
        [100.5, 100],
      ],
      30,
    );
    expect(Math.hypot(a![0] - b![0], a![1] - b![1])).toBeGreaterThanOrEqual(29.9);
  });
});

describe('names on the map', () => {
  it('puts two neighbours’ names on different sides, and leaves out a name with no room', () => {
    const labels = placeLabels(
      [
        [300, 300],
        [330, 300],
        [315, 300],
      ],
      ['Ciudad Juárez', 'El Paso', 'Between'],
      13,
      10,
      // No room above or below.
      [0, 290, 1000, 310],
    );
    expect(labels[0]!.anchor).not.toBe(labels[1]!.anchor);
    expect(labels[2]).toBeNull();
  });
  it('names nothing outside the view', () => {
    expect(placeLabels([[-50, 10]], ['Far'], 13, 10, [0, 0, 100, 100])).toEqual([null]);
  });
});

describe('the opening view', () => {
  it('leaves far-off regions out of the heart', () => {
    const pts: [number, number][] = [
      [100, 100],
      [110, 105],
      [120, 95],
      [105, 110],
      [900, 600],
    ];
    expect(heart(pts)).toEqual([0, 1, 2, 3]);
  });
  it('fits a box, centred, and never zooms out past the whole map', () => {
    const t = fitTransform([100, 100, 200, 164], 1000, 640, 0);
    expect(t.k).toBe(4);
    expect(t.x + t.k * 150).toBeCloseTo(500);
    expect(fitTransform([0, 0, 5000, 5000]).k).toBe(1);
  });
});

describe('regions as areas', () => {
  it('splits a country between its cities, and keeps a lone city to its reach', () => {
    const land = square('AAA', 0, 0, 10, 10);
    const areas = voronoiAreas(
      [
        { id: 'west', lon: 2, lat: 5 },
        { id: 'east', lon: 8, lat: 5 },
        { id: 'sea', lon: 40, lat: 40 },
      ],
      [land],
    );
    expect([...areas.keys()].sort()).toEqual(['east', 'west']);
    const west = feature(areas.get('west')!);
    expect(geoContains(west, [1, 5])).toBe(true);
    expect(geoContains(west, [9, 5])).toBe(false);
    // Each a half of the country, wound the right way (not the rest of the globe).
    expect(geoArea(west) / geoArea(land)).toBeGreaterThan(0.4);
    expect(geoArea(west) / geoArea(land)).toBeLessThan(0.6);
    const lone = voronoiAreas([{ id: 'lone', lon: 5, lat: 5 }], [square('BIG', -40, -40, 40, 40)]);
    expect(geoContains(feature(lone.get('lone')!), [30, 5])).toBe(false);
    expect(reaches([{ id: 'a', lon: 0, lat: 0 }])).toEqual([450]);
  });
  it('merges whole states into the nearest region, and splits a state two cities share', () => {
    const states = [square('S1', 0, 0, 4, 4), square('S2', 4, 0, 8, 4), square('S3', 0, 4, 2, 6)];
    const areas = stateAreas(
      [
        { id: 'a', lon: 1, lat: 2 },
        { id: 'b', lon: 3, lat: 2 },
        { id: 'c', lon: 6, lat: 2 },
      ],
      states,
    );
    const a = feature(areas.get('a')!);
    const c = feature(areas.get('c')!);
    expect(geoContains(a, [0.5, 2])).toBe(true);
    expect(geoContains(a, [3.5, 2])).toBe(false);
    expect(geoContains(c, [7, 3])).toBe(true);
    // S3 has no city: it goes whole to the nearest one.
    expect(geoContains(a, [1, 5])).toBe(true);
    expect(geoContains(c, [1, 5])).toBe(false);
  });
  it('turns a polygon wound the plane’s way round', () => {
    const ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const g = rewound({ type: 'Polygon', coordinates: [ring] });
    expect(geoArea(feature(g))).toBeLessThan(0.01);
  });
});
