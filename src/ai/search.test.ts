import { describe, expect, it } from 'vitest';
import {
  generatorFrom,
  initialState,
  legalActions,
  seedRng,
  stepInPlace,
  viewFor,
  waitingFor,
  type GameState,
} from '../engine';
import { runCampaign } from '../analysis/campaign';
import { loadMini } from '../../test/helpers';
import { canonPolicy, policyByName, randomPolicy } from './index';
import {
  clearlyBetter,
  decideBySearch,
  determinize,
  searchPolicy,
  type SearchBudget,
} from './search';

const scenario = loadMini();

/** Plays canon until blue must answer the ultimatum. */
function atUltimatum(): GameState {
  const state = initialState(scenario, 3);
  const rng = generatorFrom(seedRng(3));
  while (!state.pending.some((p) => p.event === 'ultimatum')) {
    const f = waitingFor(scenario, state)[0]!;
    const error = stepInPlace(
      scenario,
      state,
      canonPolicy.decide(
        scenario,
        viewFor(scenario, state, f),
        legalActions(scenario, viewFor(scenario, state, f)),
        rng,
      ),
    );
    if (error) throw new Error(error);
  }
  return state;
}

describe('search policy', () => {
  it('finds the option that wins: at the ultimatum, blue strikes', () => {
    const state = atUltimatum();
    const legal = legalActions(scenario, viewFor(scenario, state, 'blue'));
    const decision = searchPolicy('search', { candidates: 4, playouts: 40 }).explain!(
      scenario,
      viewFor(scenario, state, 'blue'),
      legal,
      generatorFrom(seedRng(1)),
    );
    expect(decision.action).toMatchObject({ type: 'choose', event: 'ultimatum', option: 'strike' });
    expect(decision.reasons[0]).toMatch(/^strike: expected score 80\.0 over \d+ playouts$/);
  });

  it('drops an option clearly behind, and stops once one is left', () => {
    const state = atUltimatum();
    const view = viewFor(scenario, state, 'blue');
    const decide = (budget: SearchBudget) =>
      decideBySearch(
        scenario,
        view,
        legalActions(scenario, view),
        generatorFrom(seedRng(1)),
        budget,
      );
    const { action, values } = decide({ candidates: 4, playouts: 1000 });
    expect(action).toMatchObject({ option: 'strike' });
    const visits = values.map((v) => v.visits);
    // every option is tried a few times, and the search ends long before its budget
    expect(Math.min(...visits)).toBeGreaterThanOrEqual(5);
    expect(visits.reduce((a, b) => a + b, 0)).toBeLessThan(60);
    // a budget of months ends it sooner: fewer rounds of playouts, the same for every option
    const capped = decide({ candidates: 4, playouts: 1000, months: 40 }).values.map(
      (v) => v.visits,
    );
    expect(capped.reduce((a, b) => a + b, 0)).toBeLessThan(visits.reduce((a, b) => a + b, 0));
    expect(new Set(capped).size).toBe(1);
  });

  it('plays whole games with legal actions only, the same way for the same seed', () => {
    const policies = { red: policyByName('search:6')!, blue: randomPolicy };
    const a = runCampaign(scenario, 9, policies);
    const b = runCampaign(scenario, 9, policies);
    expect(a.state.phase).toBe('ended');
    expect(a.actions).toEqual(b.actions);
  });

  it('deals hidden worlds that agree with what the faction sees and hide nothing it may not know', () => {
    const state = atUltimatum();
    const view = viewFor(scenario, state, 'red');
    const world = determinize(scenario, view, 42);
    expect(world.tracks.gold).toBe(state.tracks.gold); // red's own private track
    expect(world.tracks.spies).toBe(10); // blue's private track: only its starting value is known
    expect(world.tracks.support).toBe(state.tracks.support);
    expect(world.regions).toEqual(state.regions);
    expect(world.rng).not.toEqual(state.rng);
  });

  it('overrules the priority bot only when the playouts clearly favour another option', () => {
    const bot = { mean: 40, visits: 20, variance: 400 }; // standard error 4.5
    expect(clearlyBetter({ mean: 44, visits: 20, variance: 400 }, bot)).toBe(false); // noise
    expect(clearlyBetter({ mean: 52, visits: 20, variance: 400 }, bot)).toBe(true);
    expect(
      clearlyBetter({ mean: 44, visits: 200, variance: 4 }, { ...bot, visits: 200, variance: 4 }),
    ).toBe(true);
    expect(clearlyBetter(bot, bot)).toBe(false);
    expect(clearlyBetter({ mean: 90, visits: 1, variance: 0 }, bot)).toBe(false); // one playout proves nothing
    expect(clearlyBetter(bot, { mean: 90, visits: 1, variance: 0 })).toBe(true); // the bot's pick went untried
  });
});
