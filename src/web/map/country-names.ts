// Country names on the map, placed in screen space at the zoom of the moment: each inside its own
// country's visible part, as near its middle as room allows, never over a region's marker or
// name nor over another country's name; a name with no room (or a country too small on screen)
// is left out until the player zooms in.
import type { Box } from './map-geometry';

/** A country's inside, sampled on a grid in map units: where its name may stand. */
export interface CountryInside {
  readonly name: string;
  readonly step: number;
  /** Grid cells (column, row) inside the country, as `column * 4096 + row`. */
  readonly cells: ReadonlySet<number>;
  /** The same cells' centres, in map units. */
  readonly points: readonly (readonly [number, number])[];
}

export interface CountryName {
  readonly name: string;
  readonly x: number;
  readonly y: number;
}

type Ring = readonly (readonly [number, number])[];

function inside(rings: readonly Ring[], x: number, y: number): boolean {
  let odd = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  return odd;
}

const cell = (col: number, row: number) => col * 4096 + row;

/** Samples each country's projected rings (map units) on a grid of `step` units. */
export function countryInsides(
  countries: readonly { name: string; rings: readonly Ring[] }[],
  step = 6,
): CountryInside[] {
  return countries
    .filter((c) => c.name && c.rings.length)
    .map((c) => {
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const r of c.rings)
        for (const [x, y] of r)
          [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      const cells = new Set<number>();
      const points: [number, number][] = [];
      for (let col = Math.floor(x0 / step); col * step <= x1; col++)
        for (let row = Math.floor(y0 / step); row * step <= y1; row++) {
          const [x, y] = [(col + 0.5) * step, (row + 0.5) * step];
          if (inside(c.rings, x, y)) {
            cells.add(cell(col, row));
            points.push([x, y]);
          }
        }
      return { name: c.name, step, cells, points };
    })
    .filter((c) => c.points.length > 0)
    .sort((a, b) => b.points.length - a.points.length);
}

const overlap = (a: Box, b: Box) =>
  Math.min(a[2], b[2]) > Math.max(a[0], b[0]) && Math.min(a[3], b[3]) > Math.max(a[1], b[1]);

/** Where each country's name stands now (the largest countries first), in screen units. */
export function placeCountryNames(
  countries: readonly CountryInside[],
  view: { k: number; x: number; y: number },
  screen: Box,
  obstacles: readonly Box[],
  size: number,
): CountryName[] {
  const out: CountryName[] = [];
  const taken: Box[] = [...obstacles];
  const toMap = (sx: number, sy: number) => [(sx - view.x) / view.k, (sy - view.y) / view.k];
  for (const c of countries) {
    // in capitals, spaced out: wider than a region's name
    const w = c.name.length * size * 0.8 + 8;
    const h = size * 1.2;
    const fits = (sx: number, sy: number) => {
      const box: Box = [sx - w / 2, sy - h / 2, sx + w / 2, sy + h / 2];
      if (box[0] < screen[0] || box[1] < screen[1] || box[2] > screen[2] || box[3] > screen[3])
        return null;
      // the name's corners and its ends' middles stand inside the country
      for (const [px, py] of [
        [box[0], box[1]],
        [box[2], box[1]],
        [box[0], box[3]],
        [box[2], box[3]],
        [box[0], sy],
        [box[2], sy],
      ] as const) {
        const [mx, my] = toMap(px, py);
        if (!c.cells.has(cell(Math.floor(mx! / c.step), Math.floor(my! / c.step)))) return null;
      }
      return taken.some((t) => overlap(box, t)) ? null : box;
    };
    const seen = c.points
      .map(([x, y]) => [view.x + view.k * x, view.y + view.k * y] as const)
      .filter(([x, y]) => x >= screen[0] && x <= screen[2] && y >= screen[1] && y <= screen[3]);
    if (seen.length === 0) continue;
    const mx = seen.reduce((a, p) => a + p[0], 0) / seen.length;
    const my = seen.reduce((a, p) => a + p[1], 0) / seen.length;
    // nearest the middle of what is in view first; a few tries, not a search of every point
    const order = seen
      .map((p) => ({ p, d: Math.hypot(p[0] - mx, p[1] - my) }))
      .sort((a, b) => a.d - b.d);
    const stride = Math.max(1, Math.floor(order.length / 60));
    for (let i = 0; i < order.length; i += stride) {
      const [sx, sy] = order[i]!.p;
      const box = fits(sx, sy);
      if (box) {
        taken.push(box);
        out.push({ name: c.name, x: sx, y: sy });
        break;
      }
    }
  }
  return out;
}
