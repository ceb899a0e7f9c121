import { afterAll, describe, expect, it } from 'vitest';
import { randomPolicy } from '../../ai';
import {
  generatorFrom,
  initialState,
  legalActions,
  makeViewer,
  seedRng,
  stepInPlace,
  viewFor,
  waitingFor,
} from '../../engine';
import { resolveScenarioDir } from '../../node/scenario-dir';
import { loadBundled } from '../../../test/helpers';
import { botsHere, botThreads, thinksLong } from './bots';
import type { BotTask } from './decide';

const scenario = loadBundled('red-mexico-1945');
const threads = botThreads(1, (id) =>
  id === scenario.id ? resolveScenarioDir('red-mexico-1945') : null,
);
afterAll(() => threads.close());

/** Bot tasks along a random game: each waiting seat's view, legal actions and a seed. */
function tasks(bot: string, seed: number, count: number): BotTask[] {
  const state = initialState(scenario, seed);
  const rng = generatorFrom(seedRng(seed));
  const viewers = new Map(scenario.index.playable.map((f) => [f, makeViewer(scenario, f)]));
  const out: BotTask[] = [];
  while (out.length < count && state.phase !== 'ended') {
    const f = waitingFor(scenario, state)[0]!;
    const view = viewers.get(f)!(state);
    const legal = legalActions(scenario, view);
    out.push({ bot, view, legal, seed: seed * 1000 + out.length });
    const fresh = viewFor(scenario, state, f);
    expect(stepInPlace(scenario, state, randomPolicy.decide(scenario, fresh, legal, rng))).toBe(
      null,
    );
  }
  return out;
}

describe('bots on a worker thread', () => {
  it('are the search bots, which think long', () => {
    expect(['search', 'search:40', 'search-all:8'].every(thinksLong)).toBe(true);
    expect(['random', 'priority', 'canon', 'passive', 'searcher'].some(thinksLong)).toBe(false);
  });

  it('decide what they decide on the event loop', async () => {
    for (const bot of ['random', 'priority', 'search-all:2', 'search:3', 'no-such-bot']) {
      const list = tasks(bot, bot.length, bot.startsWith('search') ? 12 : 40);
      const here = await Promise.all(list.map((t) => botsHere.decide(scenario, t)));
      const there = await Promise.all(list.map((t) => threads.decide(scenario, t)));
      expect(there).toEqual(here);
      expect(new Set(here.map((a) => JSON.stringify(a))).size).toBeGreaterThan(1);
    }
  }, 120_000);

  it('leave the event loop free while they think', async () => {
    const [task] = tasks('search-all:8', 5, 1);
    await threads.decide(scenario, task!); // the worker started
    let turns = 0;
    let running = true;
    const spin = () => {
      turns++;
      if (running) setImmediate(spin);
    };
    setImmediate(spin);
    const action = await threads.decide(scenario, task!);
    running = false;
    expect(action).toEqual(await botsHere.decide(scenario, task!));
    // the loop went round while the search ran; deciding here it cannot
    expect(turns).toBeGreaterThan(10);
    turns = 0;
    running = true;
    setImmediate(spin);
    await botsHere.decide(scenario, task!);
    running = false;
    expect(turns).toBe(0);
  }, 120_000);

  it('decide here for a scenario without a folder', async () => {
    const none = botThreads(1, () => null);
    const [task] = tasks('search-all:2', 9, 1);
    expect(await none.decide(scenario, task!)).toEqual(await botsHere.decide(scenario, task!));
    await none.close();
  });
});
