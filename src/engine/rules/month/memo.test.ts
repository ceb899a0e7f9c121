import { describe, expect, it } from 'vitest';
import {
  flagWritten,
  holds,
  isFresh,
  keep,
  keptDriftOf,
  keptOf,
  memoFor,
  trackWritten,
  valueOf,
} from './memo';
import { applyEffects, newDraft, noteEvent } from '../apply';
import { initialState } from '../state';
import { step, stepInPlace } from '../step';
import { legalActions, nextToAct } from '../orders/legal';
import { viewFor } from '../view/view';
import { generatorFrom, seedRng } from '../../rng';
import { randomPolicy } from '../../../ai';
import { loadBundled, loadMini } from '../../../../test/helpers';
import type { SlottedContext } from '../../expr/slots';
import type { EvalContext, GameState, Scenario } from '../../types';

describe("the memo of the month's conditions", () => {
  it('keeps a value until the engine writes something it reads', () => {
    const s = loadMini();
    const drift = s.tracks.flatMap((t) => t.drift).find((m) => m.when?.source === 'not crisis')!;
    const k = keptOf(s, drift.when)!;
    expect(k).not.toBeNull();
    const state = initialState(s, 1);
    const memo = memoFor(s, state);
    const ctx = { scenario: s, state, target: null };
    expect(holds(memo, k, drift.when!, ctx)).toBe(true);
    // written by hand without telling the memo: the value kept still stands
    state.flags.crisis = true;
    expect(holds(memo, k, drift.when!, ctx)).toBe(true);
    // a write of another figure changes nothing; one of the flag it reads does
    trackWritten(memo, 'support');
    flagWritten(memo, 'reform', state.flags.reform === true);
    expect(holds(memo, k, drift.when!, ctx)).toBe(true);
    flagWritten(memo, 'crisis', true);
    expect(holds(memo, k, drift.when!, ctx)).toBe(false);
    // a copy of the state's records starts a memo of its own
    const copy = { ...state, tracks: { ...state.tracks } };
    expect(memoFor(s, copy)).not.toBe(memo);
  });

  it("keeps what reads characters, regions and events' records until the engine writes them", () => {
    const s = loadMini();
    const state = initialState(s, 1);
    const memo = memoFor(s, state);
    const ctx = { scenario: s, state, target: null };
    const d = newDraft(s, state);
    // an ending's `crisis and not alive(leader)`: worked out again once the leader dies
    const ending = s.endings.find((e) => e.when?.source.includes('alive(leader)'))!.when!;
    const dead = keptOf(s, ending)!;
    expect(dead).not.toBeNull();
    state.flags.crisis = true;
    flagWritten(memo, 'crisis', true);
    expect(holds(memo, dead, ending, ctx)).toBe(false);
    applyEffects(d, [{ op: 'kill', character: 'leader' }], null);
    expect(isFresh(memo, dead)).toBe(false);
    expect(holds(memo, dead, ending, ctx)).toBe(true);
    // a drift's `clamp(unrest(capital) / -20, -2, 0)`: once the capital's unrest moves
    const calm = s.tracks.flatMap((t) => t.drift).find((m) => m.id === 'calm')!.value;
    const unrest = keptOf(s, calm)!;
    const was = valueOf(memo, unrest, calm, ctx);
    applyEffects(
      d,
      [{ op: 'unrest', entries: [['capital', { source: '30', constant: 30, run: () => 30 }]] }],
      null,
    );
    expect(isFresh(memo, unrest)).toBe(false);
    expect(valueOf(memo, unrest, calm, ctx)).not.toBe(was);
    // an event's `… or outlook < 0`, through the derived figures that read
    // `fired(reform_debate) and not chose(reform_debate, refuse)`: once the event's choice is
    // made (the reducer writes it and notes it, as `step` does)
    const outlook = s.events.find((e) => e.when?.source.includes('outlook'))!.when!;
    const chosen = keptOf(s, outlook)!;
    holds(memo, chosen, outlook, ctx);
    expect(isFresh(memo, chosen)).toBe(true);
    state.chosen.reform_debate = 'refuse';
    noteEvent(d, 'reform_debate');
    expect(isFresh(memo, chosen)).toBe(false);
  });

  it("keeps what reads regions' control through writes of their unrest alone", () => {
    const s = loadBundled('red-mexico-1945');
    const state = initialState(s, 1);
    const memo = memoFor(s, state);
    const ctx = { scenario: s, state, target: null };
    const d = newDraft(s, state);
    const when = s.events.find((e) =>
      e.when?.source.includes('controlled(revolutionaries)'),
    )!.when!;
    const k = keptOf(s, when)!;
    expect(k).not.toBeNull();
    holds(memo, k, when, ctx);
    const region = s.regions[0]!.id;
    const ten = { source: '10', constant: 10, run: () => 10 };
    applyEffects(d, [{ op: 'unrest', entries: [[region, ten]] }], null);
    expect(isFresh(memo, k)).toBe(true);
    const other = s.factions.find((f) => f.id !== state.regions[region]!.control)!.id;
    applyEffects(d, [{ op: 'control', entries: [[region, other]] }], null);
    expect(isFresh(memo, k)).toBe(false);
  });

  it('keeps what compares a track with constants alone until the track crosses one', () => {
    const s = loadBundled('red-mexico-1945');
    const state = initialState(s, 1);
    const memo = memoFor(s, state);
    const ctx = { scenario: s, state, target: null, slots: memo } as SlottedContext;
    const d = newDraft(s, state);
    const harvests = s.tracks.flatMap((t) => t.drift).find((m) => m.when?.source === 'food < 55')!;
    const k = keptOf(s, harvests.when)!;
    const food = s.tracks.find((t) => t.id === 'food')!;
    // the track's whole drift reads food only so: kept through the same writes
    const sum = keptDriftOf(s, food)!;
    const add = (n: number) =>
      applyEffects(
        d,
        [
          {
            op: 'set',
            tracks: [['food', { source: `${n}`, constant: n, run: () => n }]],
            flags: [],
          },
        ],
        null,
      );
    add(40);
    expect(holds(memo, k, harvests.when!, ctx)).toBe(true);
    keep(memo, sum, 1);
    add(54.5);
    expect(isFresh(memo, k)).toBe(true);
    expect(isFresh(memo, sum)).toBe(true);
    add(55);
    expect(isFresh(memo, k)).toBe(false);
    expect(isFresh(memo, sum)).toBe(false);
    expect(holds(memo, k, harvests.when!, ctx)).toBe(false);
    add(80);
    expect(isFresh(memo, k)).toBe(true);
    add(54);
    expect(holds(memo, k, harvests.when!, ctx)).toBe(true);
    // a write marks alike everything that reads the track, whatever its value
    trackWritten(memo, 'food');
    expect(isFresh(memo, k)).toBe(false);
  });

  it('never keeps what is not one of its conditions, nor one that reads more', () => {
    const s = loadMini();
    expect(keptOf(s, { source: 'support > 3', run: () => true })).toBeNull();
    const dated = s.tracks.flatMap((t) => t.drift).find((m) => m.when?.source.includes('date'));
    expect(keptOf(s, dated!.when)).toBeNull();
  });

  it("holds the state's tracks, flags and factions' regions by slot through every step in place", () => {
    const s = loadBundled('red-mexico-1945');
    for (let seed = 0; seed < 6; seed++) {
      const state = initialState(s, seed);
      const rng = generatorFrom(seedRng(seed));
      while (state.phase !== 'ended') {
        const faction = nextToAct(s, state)!;
        const view = viewFor(s, state, faction);
        expect(
          stepInPlace(s, state, randomPolicy.decide(s, view, legalActions(s, view), rng)),
        ).toBeNull();
        const memo = memoFor(s, state);
        expect(memo.slotted).toBe(true);
        s.tracks.forEach((t, i) => expect(memo.trackValues[i]).toBe(state.tracks[t.id]));
        s.flags.forEach((f, i) => expect(memo.flagValues[i]).toBe(state.flags[f.id] ? 1 : 0));
        s.factions.forEach((f, i) =>
          expect(memo.controlled[i]).toBe(
            s.regions.filter((r) => state.regions[r.id]?.control === f.id).length,
          ),
        );
      }
    }
  });

  it('has expressions read the slots where their context carries them', () => {
    // a slot and its record disagree only where something other than the engine wrote one
    const mini = loadMini();
    const state = initialState(mini, 1);
    const memo = memoFor(mini, state);
    const calm = mini.tracks.flatMap((t) => t.drift).find((m) => m.when?.source === 'not crisis')!;
    memo.flagValues[mini.flags.findIndex((f) => f.id === 'crisis')] = 1;
    expect(calm.when!.run({ scenario: mini, state, target: null })).toBe(true);
    expect(calm.when!.run(slotted({ scenario: mini, state, target: null, slots: memo }))).toBe(
      false,
    );
    // a comparison of a track with a number, the commonest condition
    const s = loadBundled('red-mexico-1945');
    const rm = initialState(s, 1);
    const slots = memoFor(s, rm);
    const cond = s.tracks
      .flatMap((t) => t.drift)
      .map((m) => m.when)
      .find((w) => w !== null && /^[a-z_]+ (<|<=|>|>=) \d+$/.test(w.source))!;
    const [name, op] = cond.source.split(' ') as [string, string];
    const before = cond.run({ scenario: s, state: rm, target: null });
    slots.trackValues[s.tracks.findIndex((t) => t.id === name)] =
      before === op.startsWith('<') ? 1e6 : -1e6;
    expect(cond.run({ scenario: s, state: rm, target: null })).toBe(before);
    expect(cond.run(slotted({ scenario: s, state: rm, target: null, slots }))).toBe(!before);
    // how many regions a faction controls
    const count = s.derived
      .flatMap((d) => d.terms)
      .find((m) => m.value.source === 'controlled(revolutionaries) * 10')!.value;
    const counted = count.run({ scenario: s, state: rm, target: null });
    slots.controlled[s.factions.findIndex((f) => f.id === 'revolutionaries')]! += 2;
    expect(count.run({ scenario: s, state: rm, target: null })).toBe(counted);
    expect(count.run(slotted({ scenario: s, state: rm, target: null, slots }))).toBe(counted + 20);
  });

  // Played in place, a state keeps its memo from step to step; played by `step`, every step
  // works on a copy, whose memo starts empty: every condition is evaluated afresh.
  it('plays the same games as evaluating every condition each month', () => {
    const mini = loadMini();
    for (let seed = 0; seed < 60; seed++)
      expect(play(mini, seed, true)).toEqual(play(mini, seed, false));
    const s = loadBundled('red-mexico-1945');
    for (let seed = 0; seed < 12; seed++) expect(play(s, seed, true)).toEqual(play(s, seed, false));
  });
});

const slotted = (ctx: SlottedContext): EvalContext => ctx;

function play(s: Scenario, seed: number, inPlace: boolean): GameState {
  let state = initialState(s, seed);
  const rng = generatorFrom(seedRng(seed));
  while (state.phase !== 'ended') {
    const faction = nextToAct(s, state)!;
    const view = viewFor(s, state, faction);
    const action = randomPolicy.decide(s, view, legalActions(s, view), rng);
    if (inPlace) {
      const error = stepInPlace(s, state, action);
      if (error) throw new Error(error);
    } else {
      const r = step(s, state, action);
      if (!r.ok) throw new Error(r.error);
      state = r.value.state;
    }
  }
  return state;
}
