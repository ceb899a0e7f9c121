// Charts of an analysis as standalone SVG text, drawn with Observable Plot into whatever
// `document` the caller gives: the browser's, or linkedom's in Node.
import * as Plot from '@observablehq/plot';
import { text, type Scenario } from '../engine';
import type { AnalysisResult, TrackSeries } from './report';

const WIDTH = 800;
const INK = '#222';
const BAR = '#4e79a7';
const BAND = '#a0cbe8';

/** Serialises a chart as a file of its own: Plot omits the namespace a browser infers. */
function svgText(el: Element, title: string): string {
  el.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  el.setAttribute('font-family', 'DejaVu Sans, Liberation Sans, Arial, sans-serif');
  el.setAttribute('style', 'background: white');
  const titleEl = el.ownerDocument.createElement('title');
  titleEl.textContent = title;
  el.insertBefore(titleEl, el.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el.outerHTML}\n`;
}

/** Title lines above the frame (Plot's own title would wrap the SVG in HTML). */
const heading = (title: string, ...lines: string[]) => [
  Plot.text([title], {
    frameAnchor: 'top-left',
    dy: -18 - 16 * lines.length,
    dx: -2,
    fontSize: 15,
    fontWeight: 'bold',
    textAnchor: 'start',
    fill: INK,
  }),
  ...lines.map((line, i) =>
    Plot.text([line], {
      frameAnchor: 'top-left',
      dy: -16 * (lines.length - i),
      dx: -2,
      fontSize: 11,
      textAnchor: 'start',
      fill: '#555',
    }),
  ),
];

/** Ending odds as horizontal bars, most likely first, with their 95% confidence intervals. */
export function endingsChart(result: AnalysisResult, document: Document): string {
  const rows = [...result.endings]
    .sort((a, b) => b.share - a.share || a.id.localeCompare(b.id))
    .map((e) => ({
      title: e.title,
      share: e.share * 100,
      low: e.ci95[0] * 100,
      high: e.ci95[1] * 100,
      label: `${(e.share * 100).toFixed(1)}%`,
    }));
  const longest = Math.max(...rows.map((r) => r.title.length), 8);
  const top = Math.min(100, Math.ceil((Math.max(...rows.map((r) => r.high), 1) + 8) / 10) * 10);
  const el = Plot.plot({
    document,
    className: 'uchronia-chart',
    width: WIDTH,
    height: 80 + rows.length * 30,
    marginTop: 66,
    marginBottom: 44,
    marginLeft: Math.min(320, 16 + longest * 6.8),
    marginRight: 30,
    style: { fontSize: '12px', color: INK },
    x: {
      domain: [0, top],
      grid: true,
      label: 'share of campaigns (%)',
      labelAnchor: 'center',
      labelArrow: 'none',
    },
    y: { domain: rows.map((r) => r.title), label: null, tickSize: 0 },
    marks: [
      ...heading(
        `${result.scenario.title}: how the campaigns end`,
        subtitle(result),
        'whiskers: 95% confidence interval (Wilson)',
      ),
      Plot.barX(rows, { y: 'title', x: 'share', fill: BAR, insetTop: 4, insetBottom: 4 }),
      Plot.ruleY(rows, { y: 'title', x1: 'low', x2: 'high', stroke: INK, strokeWidth: 1.5 }),
      Plot.tickX(rows, { y: 'title', x: 'low', stroke: INK, insetTop: 8, insetBottom: 8 }),
      Plot.tickX(rows, { y: 'title', x: 'high', stroke: INK, insetTop: 8, insetBottom: 8 }),
      Plot.text(rows, {
        y: 'title',
        x: 'high',
        text: 'label',
        dx: 6,
        textAnchor: 'start',
        fill: INK,
      }),
      Plot.ruleX([0], { stroke: INK }),
    ],
  });
  return svgText(el, `${result.scenario.title}: ending odds`);
}

function subtitle(result: AnalysisResult): string {
  const who = Object.entries(result.policies)
    .map(([f, p]) => `${f}=${p}`)
    .join(' ');
  const from = result.from ? ` from a save (${result.from.month})` : '';
  return `${result.runs.toLocaleString('en-US')} campaigns${from}, seeds ${result.seed}…${result.seed + result.runs - 1} · ${who}`;
}

const toDate = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));

/** One track over time: the band between the 10th and 90th percentiles and the median line,
 *  with the track's stages (a threat clock's thresholds) as rules. */
export function trackChart(
  result: AnalysisResult,
  track: TrackSeries,
  scenario: Scenario,
  document: Document,
): string {
  const rows = track.months
    .filter((m) => m.p50 !== null)
    .map((m) => ({ date: toDate(m.month), p10: m.p10, p50: m.p50, p90: m.p90, n: m.n }));
  const stages = scenario.index.track.get(track.id)?.stages.filter((s) => s.at > track.min) ?? [];
  const el = Plot.plot({
    document,
    className: 'uchronia-chart',
    width: WIDTH,
    height: 340,
    marginTop: 66,
    marginLeft: 50,
    marginRight: 90,
    style: { fontSize: '12px', color: INK },
    x: { type: 'utc', label: null },
    y: { domain: [track.min, track.max], grid: true, label: null },
    marks: [
      ...heading(
        `${track.name} over time`,
        subtitle(result),
        'band: 10th to 90th percentile · line: median · at the end of each month, over the campaigns still running',
      ),
      Plot.areaY(rows, {
        x: 'date',
        y1: 'p10',
        y2: 'p90',
        fill: BAND,
        fillOpacity: 0.8,
        curve: 'step-after',
      }),
      Plot.lineY(rows, { x: 'date', y: 'p50', stroke: BAR, strokeWidth: 2, curve: 'step-after' }),
      Plot.ruleY(stages, { y: 'at', stroke: '#c0392b', strokeDasharray: '4,3' }),
      Plot.text(stages, {
        y: 'at',
        text: (s: { id: string }) => scenarioStage(scenario, track.id, s.id),
        frameAnchor: 'right',
        textAnchor: 'start',
        dx: 6,
        fill: '#c0392b',
      }),
    ],
  });
  return svgText(el, `${result.scenario.title}: ${track.name} over time`);
}

function scenarioStage(scenario: Scenario, track: string, stage: string): string {
  const key = `track.${track}.stage.${stage}`;
  const name = text(scenario, key);
  return name === key ? stage : name;
}

/** The tracks worth a chart when none are asked for: threat clocks first, then public tracks. */
export function keyTracks(scenario: Scenario, max = 4): string[] {
  const withStages = scenario.tracks.filter((t) => t.stages.length > 0);
  const rest = scenario.tracks.filter((t) => t.stages.length === 0 && !t.private);
  return [...withStages, ...rest].slice(0, max).map((t) => t.id);
}
