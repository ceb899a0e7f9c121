import { describe, expect, it } from 'vitest';
import { loadScenarioDir } from '../../node/scenario-dir';
import { runCampaign } from '../../analysis/campaign';
import {
  believedFromView,
  initialState,
  readsHidden,
  viewFor,
  type CompiledNum,
  type GameState,
  type Scenario,
} from '../../engine';
import { believedState, flagsRead, stateFree } from './estimate';
import { optionEstimate, orderChance, orderEstimate, planFor } from './plan';
import { priorityPolicy } from './priority';

const loaded = loadScenarioDir('red-mexico-1945');
if (!loaded.ok) throw new Error('red-mexico-1945 does not load');
const scenario: Scenario = loaded.scenario;

const constant = (n: number): CompiledNum => ({ source: String(n), constant: n, run: () => n });
const variable: CompiledNum = { source: 'x', constant: null, run: (ctx) => ctx.state.tracks.x! };

describe('stateFree', () => {
  it('holds for constant amounts and chances, and for conditions that change no estimate', () => {
    expect(stateFree([{ op: 'add', entries: [['x', constant(2)]] }])).toBe(true);
    expect(stateFree([{ op: 'kill', character: 'c' }])).toBe(true);
    const when = { source: 'true', run: () => true };
    const control = { op: 'control', entries: [['r', 'f']] } as const;
    expect(stateFree([{ op: 'if', when, then: [control], else: [] }])).toBe(true);
    expect(stateFree([{ op: 'chance', p: constant(0.5), then: [control], else: [control] }])).toBe(
      true,
    );
  });

  it('fails for amounts, chances or conditions that read the state, and for `set`', () => {
    const add = { op: 'add', entries: [['x', constant(1)]] } as const;
    expect(stateFree([{ op: 'unrest', entries: [['r', variable]] }])).toBe(false);
    expect(stateFree([{ op: 'chance', p: variable, then: [add], else: [] }])).toBe(false);
    const when = { source: 'true', run: () => true };
    expect(stateFree([{ op: 'if', when, then: [], else: [add] }])).toBe(false);
    expect(stateFree([{ op: 'set', tracks: [['x', constant(1)]], flags: [] }])).toBe(false);
  });
});

/** States of a game of the flagship played by the priority bots, every few actions. */
function statesOf(seed: number): GameState[] {
  const states: GameState[] = [];
  let n = 0;
  const policies = Object.fromEntries(scenario.index.playable.map((f) => [f, priorityPolicy]));
  runCampaign(scenario, seed, policies, undefined, (s) => {
    if (n++ % 5 === 0) states.push(structuredClone(s));
  });
  return states;
}

describe('the priority bot’s plan of the flagship', () => {
  it('knows the estimate of every order and option it finds state-free, in every state', () => {
    const start = initialState(scenario, 1);
    const states = [...statesOf(1), ...statesOf(2)];
    let fixed = 0;
    for (const ai of scenario.ai) {
      const plan = planFor(scenario, ai);
      const first = believedState(scenario, viewFor(scenario, start, ai.faction));
      for (const state of states) {
        const believed = believedState(scenario, viewFor(scenario, state, ai.faction));
        for (const { def } of [...plan.orders.values()].filter((o) => o.fixed)) {
          fixed++;
          for (const target of def.targeted ? scenario.regions.map((r) => r.id) : [null])
            expect(orderEstimate(scenario, believed, def, target)).toEqual(
              orderEstimate(scenario, first, def, target),
            );
        }
        for (const options of plan.options.values())
          for (const { def } of options.filter((o) => o.fixed))
            expect(optionEstimate(scenario, believed, def)).toEqual(
              optionEstimate(scenario, first, def),
            );
      }
    }
    expect(fixed).toBeGreaterThan(0);
  });
});

describe('the priority bot’s belief and its estimates by chance', () => {
  const states = [...statesOf(3), ...statesOf(4)];
  const regions = scenario.regions.map((r) => r.id);

  it('believes what the engine’s belief from the same view holds', () => {
    for (const state of states)
      for (const f of scenario.index.playable) {
        const view = viewFor(scenario, state, f);
        const mine = believedState(scenario, view);
        expect(mine).toEqual(believedFromView(scenario, view));
        expect(Object.keys(mine.tracks)).toEqual(scenario.tracks.map((t) => t.id));
      }
  });

  it('expects of an order by chance the same wherever its chance and the flags it reads are the same, and one chance at every target where the chance names none', () => {
    let byChance = 0;
    let targetFree = 0;
    let met = 0;
    let byFlags = 0;
    for (const ai of scenario.ai) {
      const orders = [...planFor(scenario, ai).orders.values()].filter((o) => o.byChance);
      // order, target and chance → the estimate first seen there
      const seen = new Map<string, unknown>();
      for (const state of states) {
        const believed = believedState(scenario, viewFor(scenario, state, ai.faction));
        for (const { def, chanceReadsTarget, flags } of orders)
          for (const target of def.targeted ? regions : [null]) {
            byChance++;
            if (flags.length) byFlags++;
            const p = orderChance(scenario, believed, def, target);
            const est = orderEstimate(scenario, believed, def, target);
            const values = flags.map((f) => believed.flags[f] === true);
            const key = `${def.id} ${target} ${p} ${values.join()}`;
            if (seen.has(key)) {
              met++;
              expect(est).toEqual(seen.get(key));
            } else seen.set(key, est);
            if (!chanceReadsTarget) {
              targetFree++;
              expect(p).toBe(orderChance(scenario, believed, def, null));
            }
          }
      }
    }
    expect(met).toBeGreaterThan(0);
    expect(byChance).toBeGreaterThan(0);
    expect(targetFree).toBeGreaterThan(0);
    expect(byFlags).toBeGreaterThan(0);
  });

  it('estimates on the view itself what it estimates on its belief, for a faction whose estimates read nothing hidden from it', () => {
    const seeing = scenario.ai.filter((ai) => planFor(scenario, ai).readsOnlySeen);
    expect(seeing.length).toBeGreaterThan(0);
    for (const ai of seeing) {
      const plan = planFor(scenario, ai);
      const orders = [...plan.orders.values()].filter((o) => o.def.faction === ai.faction);
      for (const state of states) {
        const view = viewFor(scenario, state, ai.faction);
        const believed = believedState(scenario, view);
        const asState = view as unknown as GameState;
        for (const { def } of orders)
          for (const target of def.targeted ? regions : [null])
            expect(orderEstimate(scenario, asState, def, target)).toEqual(
              orderEstimate(scenario, believed, def, target),
            );
        for (const options of plan.options.values())
          for (const { def } of options)
            expect(optionEstimate(scenario, asState, def)).toEqual(
              optionEstimate(scenario, believed, def),
            );
      }
    }
  });

  it('builds the belief where an estimate may read what is hidden from the faction', () => {
    const cuban = loadScenarioDir('cuban-missiles-1962');
    if (!cuban.ok) throw new Error('cuban-missiles-1962 does not load');
    const sc = cuban.scenario;
    // the air strike's chance reads Moscow's missile readiness, hidden from Washington
    expect(readsHidden(sc, 'usa', sc.index.order.get('air_strike')!.chance!)).toBe(true);
    expect(
      planFor(
        sc,
        sc.ai.find((ai) => ai.faction === 'usa')!,
      ).readsOnlySeen,
    ).toBe(false);
  });
});

describe('flagsRead', () => {
  it('passes a `set` of flags alone, naming them, and fails one of tracks', () => {
    const read = new Set<string>();
    const add = { op: 'add', entries: [['x', constant(1)]] } as const;
    const setFlags = { op: 'set', tracks: [], flags: [['f', true]] } as const;
    expect(flagsRead([add, setFlags], read)).toBe(true);
    expect([...read]).toEqual(['f']);
    expect(flagsRead([setFlags], null)).toBe(false);
    expect(flagsRead([{ op: 'set', tracks: [['x', constant(1)]], flags: [] }], new Set())).toBe(
      false,
    );
  });
});
