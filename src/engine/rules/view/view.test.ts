import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  describeEffects,
  explain,
  generatorFrom,
  initialState,
  legalActions,
  makeViewer,
  newGame,
  play,
  undo,
  undoableActions,
  seedRng,
  stepInPlace,
  viewFor,
  waitingFor,
  canSee,
  type Action,
  type GameState,
  type GameView,
  type Game,
} from '../../index';
import { runCampaign } from '../../../analysis/campaign';
import { canonPolicy, randomPolicy } from '../../../ai';
import { loadBundled, loadMini } from '../../../../test/helpers';

const scenario = loadMini();

describe('viewFor', () => {
  const { state } = runCampaign(
    scenario,
    4,
    Object.fromEntries(scenario.index.playable.map((f) => [f, canonPolicy])),
  );

  it("hides the random generator and other factions' private tracks", () => {
    const red = viewFor(scenario, state, 'red');
    expect('rng' in red).toBe(false);
    expect(red.tracks).toHaveProperty('gold');
    expect(red.tracks).not.toHaveProperty('spies');
    expect(viewFor(scenario, state, 'blue').tracks).not.toHaveProperty('gold');
  });

  it('hides covert orders until exposed, and hidden events, from the log', () => {
    const red = viewFor(scenario, state, 'red');
    const blue = viewFor(scenario, state, 'blue');
    expect(state.log.some((e) => e.kind === 'order' && e.order === 'subvert')).toBe(true);
    expect(red.log.some((e) => e.kind === 'order' && e.order === 'subvert')).toBe(false);
    expect(blue.log.some((e) => e.kind === 'order' && e.order === 'subvert')).toBe(true);
    expect(red.log.filter((e) => e.kind === 'exposed')).toEqual(
      state.log.filter((e) => e.kind === 'exposed'),
    );
    expect(state.fired).toHaveProperty('backlash_news');
    expect(red.fired).not.toHaveProperty('backlash_news');
    expect(red.log.some((e) => e.kind === 'event' && e.event === 'backlash_news')).toBe(false);
    expect(blue.log.some((e) => e.kind === 'event' && e.event === 'backlash_news')).toBe(true);
  });

  it("hides other factions' orders until the month resolves", () => {
    const s = initialState(scenario, 1);
    const g = play(
      { scenario, seed: 1, state: s, actions: [], drawsBefore: [] },
      { type: 'orders', faction: 'blue', turn: 0, orders: [] },
    );
    if (!g.ok) throw new Error(g.error);
    expect(viewFor(scenario, g.value.game.state, 'red').orders).toEqual({
      red: null,
      blue: 'given',
    });
    expect(viewFor(scenario, g.value.game.state, 'blue').orders).toEqual({ red: null, blue: [] });
  });
});

describe('makeViewer', () => {
  /** What a faction may know of the history, worked out directly from the full state. */
  function knownHistory(state: GameState, faction: string) {
    const known = (id: string) => {
      const e = scenario.index.event.get(id)!;
      return !e.hidden || e.visibleTo!.includes(faction) || e.decider === faction;
    };
    return {
      fired: Object.fromEntries(Object.entries(state.fired).filter(([id]) => known(id))),
      chosen: Object.fromEntries(Object.entries(state.chosen).filter(([id]) => known(id))),
      log: state.log.filter((e) => canSee(e, faction)),
    };
  }

  it('keeps up with a game step by step, and starts over when handed another', () => {
    for (const seed of [11, 12, 13]) {
      const state = initialState(scenario, seed);
      const viewers = Object.fromEntries(
        scenario.index.playable.map((f) => [f, makeViewer(scenario, f)]),
      );
      // without the log: the same views, but for their empty log
      const logless = Object.fromEntries(
        scenario.index.playable.map((f) => [f, makeViewer(scenario, f, { log: false })]),
      );
      const rng = generatorFrom(seedRng(seed));
      while (state.phase !== 'ended') {
        for (const f of scenario.index.playable) {
          const view = viewers[f]!(state);
          const expected = knownHistory(state, f);
          expect(view.fired).toEqual(expected.fired);
          expect(view.chosen).toEqual(expected.chosen);
          expect(view.log).toEqual(expected.log);
          expect(logless[f]!(state)).toEqual({ ...view, log: [] });
        }
        const f = waitingFor(scenario, state)[0]!;
        const action = randomPolicy.decide(
          scenario,
          viewFor(scenario, state, f),
          legalActions(scenario, viewFor(scenario, state, f)),
          rng,
        );
        expect(stepInPlace(scenario, state, action)).toBeNull();
      }
      const other = initialState(scenario, seed + 100);
      expect(makeViewer(scenario, 'red')(other)).toEqual(viewFor(scenario, other, 'red'));
    }
  });

  it('hands out one view, filled in again at each look, when each is read only until the next step', () => {
    const s = loadBundled('red-mexico-1945');
    const state = initialState(s, 5);
    const look = makeViewer(s, 'mexico', { transient: true });
    const first = look(state);
    const rng = generatorFrom(seedRng(5));
    for (let i = 0; i < 12; i++) {
      const f = waitingFor(s, state)[0]!;
      const view = viewFor(s, state, f);
      expect(stepInPlace(s, state, randomPolicy.decide(s, view, legalActions(s, view), rng))).toBe(
        null,
      );
    }
    expect(look(state)).toBe(first);
    expect(first).toEqual(viewFor(s, state, 'mexico'));
    // a viewer whose views may be kept hands out a new one
    const keeps = makeViewer(s, 'mexico');
    expect(keeps(state)).not.toBe(keeps(state));
  });

  it('shows the same, in place, when each view is read only until the next step', () => {
    for (const s of [scenario, loadBundled('red-mexico-1945')]) {
      const state = initialState(s, 21);
      const viewers = Object.fromEntries(
        s.index.playable.map((f) => [f, makeViewer(s, f, { transient: true })]),
      );
      const rng = generatorFrom(seedRng(21));
      const earlier: GameState[] = [];
      while (state.phase !== 'ended') {
        for (const f of s.index.playable) expect(viewers[f]!(state)).toEqual(viewFor(s, state, f));
        if (state.turn === 3 && earlier.length === 0) earlier.push(structuredClone(state));
        const f = waitingFor(s, state)[0]!;
        const view = viewFor(s, state, f);
        expect(
          stepInPlace(s, state, randomPolicy.decide(s, view, legalActions(s, view), rng)),
        ).toBe(null);
      }
      // handed an earlier point of the game, it starts over
      for (const f of s.index.playable)
        expect(viewers[f]!(earlier[0]!)).toEqual(viewFor(s, earlier[0]!, f));
    }
  });

  it('leaves the log and the record of changes out when asked, and nothing else: what fired and what was chosen stay, for conditions read them', () => {
    const { state } = runCampaign(scenario, 5, { red: randomPolicy, blue: randomPolicy });
    for (const f of scenario.index.playable) {
      const full = viewFor(scenario, state, f);
      const light = makeViewer(scenario, f, { history: false })(state);
      expect(full.log.length).toBeGreaterThan(0);
      expect(Object.keys(full.fired).length).toBeGreaterThan(0);
      expect(light).toEqual({ ...full, log: [], changes: [] });
    }
    // a simulation leaves it out for policies that say they never read it, and only for them
    expect(randomPolicy.readsHistory).toBe(false);
    const seen: Record<string, number> = { light: 0, full: 0 };
    const spy = (kind: 'light' | 'full'): typeof randomPolicy => ({
      ...randomPolicy,
      readsHistory: kind === 'full',
      decide: (sc, view, legal, rng) => {
        seen[kind]! += view.log.length;
        return randomPolicy.decide(sc, view, legal, rng);
      },
    });
    runCampaign(scenario, 5, { red: spy('light'), blue: spy('full') });
    expect(seen).toMatchObject({ light: 0, full: expect.any(Number) });
    expect(seen.full).toBeGreaterThan(0);
    const full = { ...randomPolicy, readsHistory: true };
    expect(runCampaign(scenario, 5, { red: full, blue: full }).actions).toEqual(
      runCampaign(scenario, 5, { red: randomPolicy, blue: randomPolicy }).actions,
    );
  });

  it('shares copies between factions and games only where they see the same (property)', () => {
    // Viewers of several games and factions, called in any order: copies made for one are
    // handed to another only when exact, so each view still matches its own game's state.
    const covert = scenario.orders.filter((o) => o.covert).map((o) => o.faction);
    expect(covert.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 5 }), { minLength: 20, maxLength: 200 }),
        fc.integer({ min: 1, max: 1000 }),
        (picks, seed) => {
          const games = [0, 1].map((g) => ({
            state: initialState(scenario, seed + g),
            rng: generatorFrom(seedRng(seed + g)),
            viewers: Object.fromEntries(
              scenario.index.playable.map((f) => [f, makeViewer(scenario, f)]),
            ),
          }));
          const factions = scenario.index.playable;
          for (const pick of picks) {
            const game = games[pick % 2]!;
            if (game.state.phase === 'ended') continue;
            const f = factions[Math.floor(pick / 2) % factions.length]!;
            const view = game.viewers[f]!(game.state);
            const expected = knownHistory(game.state, f);
            expect(view.fired).toEqual(expected.fired);
            expect(view.chosen).toEqual(expected.chosen);
            expect(view.log).toEqual(expected.log);
            const next = waitingFor(scenario, game.state)[0]!;
            const action = randomPolicy.decide(
              scenario,
              viewFor(scenario, game.state, next),
              legalActions(scenario, viewFor(scenario, game.state, next)),
              game.rng,
            );
            expect(stepInPlace(scenario, game.state, action)).toBeNull();
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('gives views that later steps leave as they were, and that match a fresh view', () => {
    for (const seed of [21, 22]) {
      const state = initialState(scenario, seed);
      const viewers = Object.fromEntries(
        scenario.index.playable.map((f) => [f, makeViewer(scenario, f)]),
      );
      const rng = generatorFrom(seedRng(seed));
      const handedOut: { view: GameView; copy: GameView }[] = [];
      while (state.phase !== 'ended') {
        const f = waitingFor(scenario, state)[0]!;
        const view = viewers[f]!(state);
        expect(view).toEqual(viewFor(scenario, state, f));
        // flags, regions and characters are the state's own records, shared on purpose
        handedOut.push({ view, copy: structuredClone(view) });
        const action = randomPolicy.decide(
          scenario,
          view,
          legalActions(scenario, viewFor(scenario, state, f)),
          rng,
        );
        expect(stepInPlace(scenario, state, action)).toBeNull();
      }
      for (const { view, copy } of handedOut)
        for (const key of ['tracks', 'orders', 'pending', 'fired', 'chosen', 'log'] as const)
          expect(view[key]).toEqual(copy[key]);
    }
  });
});

describe('explain', () => {
  it('breaks a track’s monthly change and a derived figure into named parts', () => {
    const s = initialState(scenario, 1);
    const gold = explain(scenario, viewFor(scenario, s, 'red'), 'gold');
    expect(gold).toMatchObject({
      name: 'Gold',
      value: 20,
      total: 7,
      parts: [{ id: 'taxes', label: 'Taxes', value: 7, active: true }],
    });
    s.flags.reform = true;
    const strength = explain(scenario, viewFor(scenario, s, 'red'), 'strength');
    expect(strength).toMatchObject({
      value: 35,
      parts: [
        { label: 'Popular base', value: 25 },
        { label: 'Reforms', value: 10 },
      ],
    });
    expect(explain(scenario, viewFor(scenario, s, 'red'), 'nothing')).toBeNull();
  });
});

describe('describeEffects', () => {
  it("previews effects in words, leaving out other factions' private tracks", () => {
    const s = initialState(scenario, 1);
    const [red, blue] = [viewFor(scenario, s, 'red'), viewFor(scenario, s, 'blue')];
    const news = scenario.index.event.get('backlash_news')!.effects;
    expect(describeEffects(scenario, news, { view: blue })).toEqual(['Spies +2']);
    expect(describeEffects(scenario, news, { view: red })).toEqual(['Effects you cannot see']);
    const police = scenario.index.order.get('police')!;
    expect(describeEffects(scenario, police.effects, { view: red, target: 'north' })).toEqual([
      'Unrest in The North -15',
    ]);
  });
});

describe('undo', () => {
  it('takes back actions that revealed no randomness, and no further', () => {
    let g: Game = newGame(scenario, 2);
    const act = (a: Action) => {
      const r = play(g, a);
      if (!r.ok) throw new Error(r.error);
      g = r.value.game;
    };
    act({ type: 'orders', faction: 'red', turn: 0, orders: [{ order: 'rally' }] });
    expect(undoableActions(g)).toBe(1);
    expect(undo(g).state).toEqual(initialState(scenario, 2));
    act({ type: 'orders', faction: 'blue', turn: 0, orders: [] });
    act({
      type: 'orders',
      faction: 'red',
      turn: 1,
      orders: [{ order: 'police', target: 'north' }],
    }); // a chance roll comes when the month resolves
    act({ type: 'orders', faction: 'blue', turn: 1, orders: [] });
    expect(undoableActions(g)).toBe(0);
  });
});
