// Tallies are sums: any chunking of the seeds, merged in any order, gives the same totals.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadMini } from '../../../test/helpers';
import { chunksOf, poolChunks, prepare, runChunk, type AnalysisSpec } from '../chunk';
import { OrderedMerge } from './merge';
import { analyzeHere } from '../run';
import { playSummarized } from '../summary';
import { addCampaign, emptyTally, mergeTally, type Tally } from './tally';
import { canonPolicy, priorityPolicy, randomPolicy } from '../../ai';
import { runCampaign } from '../campaign';
import { seedRng, type Scenario } from '../../engine';
import { loadBundled } from '../../../test/helpers';

const mini = loadMini();
const spec: AnalysisSpec = {
  seed: 11,
  runs: 60,
  policies: { red: 'random', blue: 'random' },
  tracks: ['support', 'tension'],
  from: null,
};
const prepared = prepare(mini, spec);
const layout = prepared.index.layout;
const plain = (t: Tally) => ({ ...t, tracks: t.tracks.map((h) => Array.from(h)) });

describe('campaign summary', () => {
  it('keeps the ending, what fired, what was chosen and every month of the sampled tracks', () => {
    const s = playSummarized(mini, 5, { red: randomPolicy, blue: randomPolicy }, [
      'support',
      'tension',
    ]);
    expect(mini.endings.map((e) => e.id)).toContain(s.ending);
    expect(s.firstTurn).toBe(0);
    expect(s.tracks.length).toBe((s.turn + 1) * 2);
    expect(s.fired.founding).toBe(1);
    expect(Object.keys(s.options).some((k) => k.startsWith('reform_debate.'))).toBe(true);
    // founding sets support to 55, then it drifts by at most a few points a month
    expect(s.tracks[0]).toBeGreaterThan(45);
    expect(s.tracks[1]).toBe(0);
  });
});

describe('counting a campaign as it is played', () => {
  /** The chunk's tally, and the same campaigns' summaries tallied one by one. */
  function both(scenario: Scenario, s: AnalysisSpec) {
    const p = prepare(scenario, s);
    const fromSummaries = emptyTally(p.index.layout);
    for (let i = 0; i < s.runs; i++) {
      const from = p.start && { ...p.start, state: { ...p.start.state, rng: seedRng(s.seed + i) } };
      const summary = playSummarized(scenario, s.seed + i, p.policies, s.tracks, from ?? undefined);
      addCampaign(p.index, fromSummaries, summary);
    }
    return {
      counted: plain(runChunk(p, { first: 0, count: s.runs })),
      summed: plain(fromSummaries),
    };
  }

  it('counts what the summaries say, from the start and from a save', () => {
    const { counted, summed } = both(mini, { ...spec, tracks: ['tension', 'support'] });
    expect(counted).toEqual(summed);
    expect(counted.options.some((n) => n > 0)).toBe(true);
    const all = runCampaign(mini, 9, { red: canonPolicy, blue: randomPolicy }).actions;
    const from = {
      seed: 9,
      actions: all.slice(
        0,
        all.findIndex((a) => a.turn === 6),
      ),
    };
    const saved = both(mini, {
      ...spec,
      runs: 20,
      policies: { red: 'canon', blue: 'random' },
      from,
    });
    expect(saved.counted).toEqual(saved.summed);
  });

  it('counts what the summaries say in the flagship, every track sampled', () => {
    const red = loadBundled('red-mexico-1945');
    const policies = Object.fromEntries(red.index.playable.map((f) => [f, priorityPolicy.name]));
    const tracks = red.tracks.map((t) => t.id);
    const { counted, summed } = both(red, { seed: 3, runs: 8, policies, tracks, from: null });
    expect(counted).toEqual(summed);
    expect(counted.eventFires.some((n) => n > 1)).toBe(true);
  });
});

describe('tally', () => {
  const whole = runChunk(prepared, { first: 0, count: spec.runs });

  it('counts every campaign once', () => {
    expect(whole.runs).toBe(60);
    expect(whole.endings.reduce((a, b) => a + b, 0)).toBe(60);
    expect(whole.eventRuns[layout.events.indexOf('founding')]).toBe(60);
    const month0 = Array.from(whole.tracks[0]!.slice(0, layout.tracks[0]!.bins.count));
    expect(month0.reduce((a, b) => a + b, 0)).toBe(60);
  });

  it('is the same for any chunking, merged in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 25 }), { minLength: 1, maxLength: 12 }),
        fc.integer(),
        (sizes, shuffle) => {
          const chunks: { first: number; count: number }[] = [];
          for (let first = 0, i = 0; first < spec.runs; i++) {
            const count = Math.min(sizes[i % sizes.length]!, spec.runs - first);
            chunks.push({ first, count });
            first += count;
          }
          const tallies = chunks.map((c) => runChunk(prepared, c));
          const inOrder = tallies.reduce((t, x) => mergeTally(t, x), emptyTally(layout));
          expect(plain(inOrder)).toEqual(plain(whole));
          const order = tallies
            .map((_, i) => i)
            .sort((a, b) => ((a * 7919 + shuffle) % 13) - ((b * 7919 + shuffle) % 13) || a - b);
          const merge = new OrderedMerge(layout);
          for (const i of order) merge.add(i, tallies[i]!);
          expect(merge.merged).toBe(tallies.length);
          expect(plain(merge.total)).toEqual(plain(whole));
        },
      ),
      { numRuns: 15 },
    );
  });

  it('runs in chunks of seeds in order', () => {
    expect(chunksOf(10, 4)).toEqual([
      { first: 0, count: 4 },
      { first: 4, count: 4 },
      { first: 8, count: 2 },
    ]);
    expect(plain(analyzeHere(mini, spec))).toEqual(plain(whole));
  });
});

describe('poolChunks', () => {
  it('covers every seed once, in order, larger chunks first and none below the smallest', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 500 }),
        (runs, workers, min) => {
          const chunks = poolChunks(runs, workers, min);
          let first = 0;
          chunks.forEach((c, i) => {
            expect(c.first).toBe(first);
            expect(c.count).toBeGreaterThan(0);
            if (i < chunks.length - 1) expect(c.count).toBeGreaterThanOrEqual(min);
            if (i > 0) expect(c.count).toBeLessThanOrEqual(chunks[i - 1]!.count);
            first += c.count;
          });
          expect(first).toBe(runs);
        },
      ),
    );
  });

  it('cuts 100,000 campaigns on 2 workers into few chunks, ending with small ones', () => {
    const chunks = poolChunks(100_000, 2, 250);
    expect(chunks.length).toBeLessThan(70); // rather than 400 chunks of 250
    expect(chunks[0]!.count).toBe(6250);
    expect(chunks.at(-1)!.count).toBeLessThanOrEqual(250);
    const merge = new OrderedMerge(layout);
    poolChunks(spec.runs, 2, 7).forEach((c, i) => merge.add(i, runChunk(prepared, c)));
    expect(plain(merge.total)).toEqual(plain(runChunk(prepared, { first: 0, count: spec.runs })));
  });
});
