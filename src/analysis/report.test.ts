import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadMini } from '../../test/helpers';
import { canonPolicy, randomPolicy } from '../ai';
import { runCampaign } from './campaign';
import { endingsChart, keyTracks, trackChart } from './charts';
import type { AnalysisSpec } from './chunk';
import { analysisResult } from './report';
import { analyzeHere } from './run';
import { tallyLayout } from './stats/tally';

const mini = loadMini();
const tracks = mini.tracks.map((t) => t.id);
const spec: AnalysisSpec = {
  seed: 1,
  runs: 200,
  policies: { red: 'random', blue: 'random' },
  tracks,
  from: null,
};
const result = analysisResult(mini, spec, tallyLayout(mini, tracks), analyzeHere(mini, spec), null);

describe('analysis result', () => {
  it('gives ending odds that add up, each inside its confidence interval', () => {
    expect(result.runs).toBe(200);
    expect(result.endings.reduce((n, e) => n + e.count, 0)).toBe(200);
    for (const e of result.endings) {
      expect(e.ci95[0]).toBeLessThanOrEqual(e.share);
      expect(e.ci95[1]).toBeGreaterThanOrEqual(e.share);
    }
    expect(result.endings.find((e) => e.id === 'stalemate')!.meanMonths).toBe(24);
  });

  it('counts events and options, and names what never fired', () => {
    expect(result.events.find((e) => e.id === 'founding')).toMatchObject({
      campaigns: 200,
      share: 1,
      fires: 200,
    });
    const reform = result.options.filter((o) => o.event === 'reform_debate');
    expect(reform.map((o) => o.option)).toEqual(['accept', 'refuse', 'delay']);
    expect(reform.reduce((n, o) => n + o.count, 0)).toBe(200);
    // `delay` needs support above 90: random play never gets there
    expect(result.neverFired.options).toContain('reform_debate.delay');
    expect(result.neverFired.events).toEqual(
      result.events.filter((e) => e.campaigns === 0).map((e) => e.id),
    );
  });

  it('follows tracks month by month over the campaigns still running', () => {
    const tension = result.tracks.find((t) => t.id === 'tension')!;
    expect(tension.months[0]).toMatchObject({
      month: '1900-01',
      turn: 0,
      n: 200,
      p10: 0,
      p50: 0,
      p90: 0,
    });
    const ns = tension.months.map((m) => m.n);
    expect(ns).toEqual([...ns].sort((a, b) => b - a));
    expect(tension.months.length).toBe(24);
    for (const m of tension.months) expect(m.p10! <= m.p50! && m.p50! <= m.p90!).toBe(true);
  });

  it('continues a saved game with fresh dice each run', () => {
    const lineup = { red: canonPolicy, blue: randomPolicy };
    const all = runCampaign(mini, 9, lineup).actions;
    const cut = all.findIndex((a) => a.turn === 6);
    const from: AnalysisSpec['from'] = { seed: 9, actions: all.slice(0, cut) };
    const s: AnalysisSpec = { ...spec, runs: 60, policies: { red: 'canon', blue: 'random' }, from };
    const r = analysisResult(mini, s, tallyLayout(mini, tracks), analyzeHere(mini, s), 6);
    expect(r.from).toEqual({ turn: 6, month: '1900-07' });
    expect(r.tracks[0]!.months[0]!.turn).toBe(6);
    // what happened before the save happened in every run
    expect(r.events.find((e) => e.id === 'founding')!.campaigns).toBe(60);
    // and the dice differ from run to run: not every run ends alike in the same month
    const outcomes = new Set(
      r.endings.filter((e) => e.count > 0).map((e) => `${e.id}@${e.meanMonths}`),
    );
    const spread = r.tracks.find((t) => t.id === 'support')!.months.at(-1)!;
    expect(outcomes.size > 1 || spread.p10 !== spread.p90).toBe(true);
  });
});

describe('charts', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const doc = document as unknown as Document;

  it('draws ending odds as bars with their intervals, as a standalone SVG', () => {
    const svg = endingsChart(result, doc);
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<title>Mini: ending odds</title>');
    expect((svg.match(/<rect /g) ?? []).length).toBeGreaterThanOrEqual(3);
    for (const e of result.endings) expect(svg).toContain(e.title);
    expect(svg).toContain('how the campaigns end');
  });

  it('draws a track as a percentile band, a median line and its stages', () => {
    const tension = result.tracks.find((t) => t.id === 'tension')!;
    const svg = trackChart(result, tension, mini, doc);
    expect(svg).toMatch(/<g [^>]*fill="#a0cbe8" aria-label="area"><path d="M/);
    expect(svg).toMatch(/<g [^>]*stroke="#4e79a7" [^>]*aria-label="line"><path d="M/);
    expect(svg).toContain('Alarm');
    expect(svg).toContain('Tension over time');
    expect(keyTracks(mini)[0]).toBe('tension');
  });
});
