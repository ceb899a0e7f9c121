import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { mount, texts } from '../ui/test-dom';
import { track, treasury } from '../fixtures.test-data';
import { ChartsPanel } from './charts-panel';
import { dodge, LineChart, textWidth, type Series } from './line-chart';
import type { HistoryPoint } from '../protocol';

const MONTHS = ['Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul'];
const tracks = [
  track({ id: 'democracy', name: 'Democracy' }),
  track({ id: 'press', name: 'Press Freedom' }),
  track({ id: 'support', name: 'Popular Support' }),
  track({
    id: 'us_hostility',
    name: 'American Hostility',
    clock: { stage: 'Covert war', stages: [{ label: 'Covert war', at: 0 }], next: null },
  }),
  treasury,
  track({ id: 'stability', name: 'Stability', derived: true }),
];
// Democracy and Press Freedom end on the same value: their labels must not overlap.
const history: HistoryPoint[] = MONTHS.map((m, turn) => ({
  turn,
  date: `${m} 194${turn < 4 ? 5 : 6}`,
  tracks: {
    democracy: 70 - (turn % 3),
    press: 75 - turn,
    support: 60 + turn,
    us_hostility: turn < 6 ? 15 : 25 + turn,
    treasury: 100 + turn * 3,
    stability: 35.7,
  },
}));

const svgOf = (root: Element) => root.querySelector('svg.line-chart')!;
const attr = (el: Element, name: string) => Number(el.getAttribute(name));

async function mountPanel(turns?: string) {
  const root = mount(
    <ChartsPanel history={history} tracks={tracks} {...(turns !== undefined && { turns })} />,
  );
  await vi.waitFor(() => expect(root.querySelector('svg.line-chart')).not.toBeNull());
  return root;
}

function toggle(root: Element, name: string) {
  const box = [...root.querySelectorAll('.chart-pick label')]
    .find((l) => l.textContent?.trim() === name)
    ?.querySelector('input');
  if (!box) throw new Error(`no checkbox for ${name}`);
  const Event = (globalThis.window as unknown as { Event: typeof globalThis.Event }).Event;
  act(() => void box.dispatchEvent(new Event('change', { bubbles: true })));
}

/** Every end label lies inside the SVG, and no two overlap. */
function expectLabelsInside(svg: Element) {
  const width = attr(svg, 'width');
  const height = attr(svg, 'height');
  const labels = [...svg.querySelectorAll('.end-label')];
  for (const l of labels) {
    const text = l.childNodes[0]?.textContent ?? '';
    expect(attr(l, 'x')).toBeGreaterThan(0);
    expect(attr(l, 'x') + textWidth(text)).toBeLessThanOrEqual(width);
    expect(attr(l, 'y')).toBeGreaterThanOrEqual(12);
    expect(attr(l, 'y')).toBeLessThanOrEqual(height - 12);
  }
  const ys = labels.map((l) => attr(l, 'y')).sort((a, b) => a - b);
  for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(14);
}

describe('charts panel', () => {
  it('offers a checkbox per charted track and draws a line for each one checked', async () => {
    const root = await mountPanel();
    expect(texts(root, '.chart-pick label')).toEqual([
      'Democracy',
      'Press Freedom',
      'Popular Support',
      'American Hostility',
      'Treasury',
    ]);
    const checked = () =>
      [...root.querySelectorAll<HTMLInputElement>('.chart-pick input')]
        .filter((i) => i.hasAttribute('checked')) // linkedom: Preact sets the attribute
        .map((i) => i.closest('label')!.textContent!.trim());
    const drawn = () =>
      [...svgOf(root).querySelectorAll('.series')].map((g) => g.getAttribute('data-track'));
    expect(checked()).toEqual([
      'Democracy',
      'Press Freedom',
      'Popular Support',
      'American Hostility',
    ]);
    expect(drawn()).toEqual(['us_hostility', 'democracy', 'press', 'support']);
    for (const path of svgOf(root).querySelectorAll('.series path')) {
      const d = path.getAttribute('d')!;
      expect(d).toMatch(/^M[\d.]+,[\d.]+/);
      expect(d.split('L')).toHaveLength(MONTHS.length); // one point a month
    }
    expect(svgOf(root).querySelector('.series')!.getAttribute('stroke')).toBe('#E69F00');

    toggle(root, 'Press Freedom');
    toggle(root, 'Treasury');
    expect(drawn()).toEqual(['us_hostility', 'democracy', 'support', 'treasury']);
    expect(checked()).toContain('Treasury');
    expect(checked()).not.toContain('Press Freedom');
  });

  it('draws axes with ticks, gridlines and the months of the game', async () => {
    const svg = svgOf(await mountPanel());
    const xTicks = texts(svg, '.x-axis text');
    expect(xTicks).toContain('Month of the game →');
    const months = xTicks.filter((t) => /^\d+$/.test(t)).map(Number);
    expect(months[0]).toBeLessThanOrEqual(2);
    expect(months.at(-1)).toBeGreaterThanOrEqual(10);
    expect(months).toEqual([...months].sort((a, b) => a - b));
    const xs = [...svg.querySelectorAll('.x-axis text')].map((t) => attr(t, 'x'));
    for (let i = 1; i < months.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(32);
    const yTicks = texts(svg, '.y-axis text').filter((t) => /^\d+$/.test(t));
    expect(yTicks.length).toBeGreaterThanOrEqual(3);
    expect(svg.querySelectorAll('.grid line').length).toBe(yTicks.length + months.length);
    expect(svg.querySelector('.months rect title')!.textContent).toBe(
      'Sep 1945: American Hostility 15, Democracy 70, Press Freedom 75, Popular Support 60',
    );
  });

  it('labels each line at its end, inside the drawing and apart from the others', async () => {
    const svg = svgOf(await mountPanel());
    expect(texts(svg, '.end-label')).toEqual([
      'American Hostility',
      'Democracy',
      'Press Freedom',
      'Popular Support',
    ]);
    expectLabelsInside(svg);
  });

  it('shortens labels that would not fit a narrow chart, keeping the full name as a title', () => {
    const series: Series[] = ['A very long track name indeed', 'Oil'].map((name, i) => ({
      id: `t${i}`,
      name,
      color: '#fff',
      points: [1, 2, 3].map((month) => ({ month, date: `m${month}`, value: 10 })),
    }));
    const root = mount(<LineChart series={series} months={3} width={300} />);
    const svg = svgOf(root);
    const [long, oil] = [...svg.querySelectorAll('.end-label')];
    expect(long!.childNodes[0]!.textContent).toMatch(/^A very long.*…$/);
    expect(long!.querySelector('title')!.textContent).toBe('A very long track name indeed');
    expect(oil!.textContent).toBe('Oil');
    expectLabelsInside(svg);
  });

  it('summarises the chart for screen readers and gives its numbers as a table', async () => {
    const root = await mountPanel();
    const svg = svgOf(root);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(
      'Line chart of 4 tracks over 11 months: American Hostility from 15 to 35; ' +
        'Democracy from 70 to 69; Press Freedom from 75 to 65; Popular Support from 60 to 70',
    );
    const table = root.querySelector('.visually-hidden table')!;
    expect(table.querySelector('caption')!.textContent).toBe('Charted tracks by month');
    expect(texts(table, 'thead th')).toEqual([
      'Month',
      'American Hostility',
      'Democracy',
      'Press Freedom',
      'Popular Support',
    ]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(MONTHS.length);
    expect(texts(rows[10]!, 'th, td')).toEqual(['Jul 1946', '35', '69', '65', '70']);
  });

  it("counts a scenario's turns in its own unit (days)", async () => {
    const root = await mountPanel('days');
    expect(root.querySelector('h2 small')!.textContent).toBe('11 days');
    expect(svgOf(root).getAttribute('aria-label')).toMatch(/^Line chart of 4 tracks over 11 days:/);
    const table = root.querySelector('.visually-hidden table')!;
    expect(table.querySelector('caption')!.textContent).toBe('Charted tracks by day');
    expect(texts(table, 'thead th')[0]).toBe('Day');
  });
});

describe('end-label layout', () => {
  it('keeps labels in order, a gap apart and within bounds', () => {
    expect(dodge([50, 50, 51], 14, 0, 200)).toEqual([50, 64, 78]);
    expect(dodge([195, 199, 10], 14, 0, 200)).toEqual([186, 200, 10]);
    const crowded = dodge([5, 5, 5, 5], 14, 0, 30);
    expect(crowded[0]).toBe(0);
    expect(crowded[3]).toBe(30);
  });
});
