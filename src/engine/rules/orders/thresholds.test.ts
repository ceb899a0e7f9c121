import { describe, expect, it } from 'vitest';
import { initialState, legalActions, makeLegal, makeViewer } from '../../index';
import { inInterval, intervalAround, thresholdsOf } from './thresholds';
import { loadBundled } from '../../../../test/helpers';

describe('the thresholds of an order condition', () => {
  const scenario = loadBundled('red-mexico-1945');
  const of = (source: string) => {
    const found = thresholdsOf(scenario, { source });
    return found && Object.fromEntries(found);
  };

  it('are the constants each track is compared with, on either side', () => {
    expect(of('economy < 70 or rail_network < 70')).toEqual({
      economy: [{ at: 70, below: false }],
      rail_network: [{ at: 70, below: false }],
    });
    expect(of('red_unions >= 15 and not martial_law and 40 < democracy')).toEqual({
      red_unions: [{ at: 15, below: false }],
      democracy: [{ at: 40, below: true }],
    });
    expect(of('oil > -5 and oil <= 30')).toEqual({
      oil: [
        { at: -5, below: true },
        { at: 30, below: true },
      ],
    });
    expect(of('martial_law')).toEqual({});
  });

  it('are unknown where a track is read another way', () => {
    for (const source of [
      'economy == 70',
      'economy + 1 < 70',
      'economy < oil',
      'oil < 70 or tagged_unrest(oil) >= 20',
      'after(1947-01) and martial_law',
    ])
      expect(of(source), source).toBeNull();
  });

  it('bound an interval where each comparison keeps its value, its ends exact', () => {
    const into = { lo: new Float64Array(1), hi: new Float64Array(1), closed: new Uint8Array(1) };
    // economy < 70 and economy > 20: from 42, (20, 70)
    const thresholds = [
      { at: 70, below: false },
      { at: 20, below: true },
    ];
    intervalAround(42, thresholds, into, 0);
    const inside = (v: number) => inInterval(v, into, 0);
    expect([inside(20), inside(20.5), inside(69.9), inside(70), inside(NaN)]).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
    // from 70: [70, ∞)
    intervalAround(70, thresholds, into, 0);
    expect([inside(69.9), inside(70), inside(1e9)]).toEqual([false, true, true]);
    // from 20: (-∞, 20]
    intervalAround(20, thresholds, into, 0);
    expect([inside(-1e9), inside(20), inside(20.01)]).toEqual([true, true, false]);
    // a value that is not a number is in no interval
    intervalAround(NaN, thresholds, into, 0);
    expect([inside(NaN), inside(42)]).toEqual([false, false]);
  });

  it('keep a condition through moves of its tracks that cross none of them', () => {
    const fresh = loadBundled('red-mexico-1945');
    const order = fresh.orders.find((o) => o.id === 'public_works')!;
    const when = order.when!;
    let runs = 0;
    const run = when.run;
    Object.defineProperty(when, 'run', {
      value: (ctx: Parameters<typeof run>[0]) => (runs++, run(ctx)),
    });
    const state = initialState(fresh, 1);
    const legal = makeLegal(fresh, 'mexico');
    const viewer = makeViewer(fresh, 'mexico', { history: false, transient: true });
    // how many times the kept legal actions ran the condition
    let kept = 0;
    const look = () => {
      const view = viewer(state);
      const from = runs;
      const found = legal(view);
      kept += runs - from;
      expect(found).toEqual(legalActions(fresh, view));
      return found.orders!.options.some((o) => o.order === 'public_works');
    };
    state.tracks.economy = 50;
    state.tracks.rail_network = 80;
    expect(look()).toBe(true);
    const before = kept;
    state.tracks.economy = 69;
    state.tracks.rail_network = 75;
    look();
    expect(kept).toBe(before);
    state.tracks.economy = 70;
    expect(look()).toBe(false);
    expect(kept).toBe(before + 1);
  });
});
