// Tallies are sums: any chunking of the seeds, merged in any order, gives the same totals.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadMini } from '../../../test/helpers';
import { chunksOf, prepare, runChunk, runShared, SHARED_BATCH, type AnalysisSpec } from '../chunk';
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

describe('runShared', () => {
  const whole = runChunk(prepared, { first: 0, count: spec.runs });
  const shared = (taken: number) => new Int32Array(new SharedArrayBuffer(8)).fill(taken, 0, 1);

  it('plays every campaign not yet taken, counting each as played', () => {
    const taken = shared(0);
    expect(plain(runShared(prepared, taken))).toEqual(plain(whole));
    expect(taken[1]).toBe(spec.runs);
    expect(taken[0]).toBeGreaterThanOrEqual(spec.runs);
  });

  it('adds up with what other threads took before it to the tally of the seeds in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: spec.runs / SHARED_BATCH }), (batches) => {
        const first = batches * SHARED_BATCH;
        const taken = shared(first);
        const rest = runShared(prepared, taken);
        expect(rest.runs).toBe(spec.runs - first);
        expect(taken[1]).toBe(spec.runs - first);
        const merged = mergeTally(runChunk(prepared, { first: 0, count: first }), rest);
        expect(plain(merged)).toEqual(plain(whole));
      }),
      { numRuns: 6 },
    );
  });
});
