import { describe, expect, it } from 'vitest';
import {
  generatorFrom,
  legalActions,
  makeLegal,
  makeViewer,
  initialState,
  nextToAct,
  seedRng,
  stepLegal,
  type Legal,
} from '../../index';
import { randomPolicy } from '../../../ai';
import { loadBundled, loadMini } from '../../../../test/helpers';

/** Plays random games as a simulation does (transient views, steps in place), checking at every
 *  step that the legal actions kept up are those worked out afresh; returns how many steps. */
function agree(scenarioId: 'mini' | 'red-mexico-1945', seeds: readonly number[]): number {
  const scenario = scenarioId === 'mini' ? loadMini() : loadBundled(scenarioId);
  let steps = 0;
  for (const seed of seeds) {
    const state = initialState(scenario, seed);
    const rng = generatorFrom(seedRng(seed));
    const seats = new Map(
      scenario.index.playable.map((f) => [
        f,
        {
          viewer: makeViewer(scenario, f, { history: false, transient: true }),
          legal: makeLegal(scenario, f),
        },
      ]),
    );
    while (state.phase !== 'ended') {
      const faction = nextToAct(scenario, state)!;
      const seat = seats.get(faction)!;
      const view = seat.viewer(state);
      const kept: Legal = seat.legal(view);
      expect(kept).toEqual(legalActions(scenario, view));
      const action = randomPolicy.decide(scenario, view, kept, rng);
      expect(stepLegal(scenario, state, kept, action)).toBeNull();
      steps++;
    }
  }
  return steps;
}

describe('legal actions kept up as the game goes on', () => {
  it('are those worked out afresh at every step of random games of the mini scenario', () => {
    expect(agree('mini', [1, 2, 3, 4, 5, 6])).toBeGreaterThan(20);
  });

  it('are those worked out afresh at every step of random campaigns of Red Mexico', () => {
    // flags are set and regions change hands and unrest in these games: what is kept is worked
    // out again each time
    expect(agree('red-mexico-1945', [11, 12, 13, 14])).toBeGreaterThan(200);
  });

  it('follow a view of another game, or an earlier point of one, as legalActions does', () => {
    const scenario = loadBundled('red-mexico-1945');
    const legal = makeLegal(scenario, 'mexico');
    const viewer = makeViewer(scenario, 'mexico');
    const a = initialState(scenario, 1);
    const b = structuredClone(a);
    b.flags.martial_law = true;
    b.regions[Object.keys(b.regions)[0]!]!.unrest = 90;
    for (const s of [a, b, a, b])
      expect(legal(viewer(s))).toEqual(legalActions(scenario, viewer(s)));
  });
});
