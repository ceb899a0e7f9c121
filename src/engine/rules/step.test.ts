import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  initialState,
  legalActions,
  stateHash,
  step,
  type Action,
  type GameState,
  type Scenario,
  viewFor,
} from '../index';
import { runCampaign } from '../../analysis/campaign';
import { canonPolicy, randomPolicy } from '../../ai';
import { loadMini } from '../../../test/helpers';

const scenario: Scenario = loadMini();
const all = (p: typeof randomPolicy) =>
  Object.fromEntries(scenario.index.playable.map((f) => [f, p]));

/** A state in the orders phase of turn 1, after both factions passed on turn 0. */
function turnOne(): GameState {
  let s = initialState(scenario, 7);
  for (const faction of ['red', 'blue']) {
    const r = step(scenario, s, { type: 'orders', faction, turn: 0, orders: [] });
    if (!r.ok) throw new Error(r.error);
    s = r.value.state;
  }
  return s;
}

describe('step', () => {
  it('resolves a month once every faction has given orders', () => {
    const s0 = initialState(scenario, 1);
    const r1 = step(scenario, s0, {
      type: 'orders',
      faction: 'red',
      turn: 0,
      orders: [{ order: 'rally' }],
    });
    expect(r1.ok && r1.value.state.turn).toBe(0);
    expect(r1.ok && r1.value.state.tracks.gold).toBe(15); // paid at once
    if (!r1.ok) return;
    const r2 = step(scenario, r1.value.state, {
      type: 'orders',
      faction: 'blue',
      turn: 0,
      orders: [],
    });
    expect(r2.ok).toBe(true);
    if (!r2.ok) return;
    const s = r2.value.state;
    expect(s.turn).toBe(1);
    // founding set support to 55 after the rally's +3; drift then applied -1 and the calm term
    expect(r2.value.log.map((e) => e.kind)).toEqual(['order', 'event']);
    expect(s.tracks.gold).toBe(15 + 5 + 2); // taxes: 5 + regions red controls
    expect(s.tracks.support).toBe(55);
  });

  it('waits for the decider of an event with choices, then goes on', () => {
    let s = turnOne();
    for (const faction of ['red', 'blue'])
      s = (
        step(scenario, s, { type: 'orders', faction, turn: 1, orders: [] }) as {
          ok: true;
          value: { state: GameState };
        }
      ).value.state;
    for (const faction of ['red', 'blue'])
      s = (
        step(scenario, s, { type: 'orders', faction, turn: 2, orders: [] }) as {
          ok: true;
          value: { state: GameState };
        }
      ).value.state;
    expect(s.phase).toBe('choices');
    expect(s.pending).toEqual([{ event: 'reform_debate', faction: 'red' }]);
    expect(legalActions(scenario, viewFor(scenario, s, 'red')).choices).toEqual([
      { event: 'reform_debate', options: ['accept', 'refuse'] },
    ]);
    const r = step(scenario, s, {
      type: 'choose',
      faction: 'red',
      turn: 2,
      event: 'reform_debate',
      option: 'accept',
    });
    expect(r.ok && r.value.state.phase).toBe('orders');
    expect(r.ok && r.value.state.turn).toBe(3);
    expect(r.ok && r.value.state.scheduled).toEqual([{ event: 'reform_backlash', turn: 4 }]);
  });
});

describe('forged and illegal actions', () => {
  const s = turnOne();
  const before = stateHash(s);
  const snapshot = structuredClone(s);
  const cases: [string, unknown][] = [
    ['action/malformed', { type: 'orders', faction: 'red', turn: 1 }],
    ['action/malformed', { type: 'teleport', faction: 'red', turn: 1 }],
    ['action/malformed', null],
    ['action/malformed', { type: 'orders', faction: 'red', turn: 1, orders: [{ order: 5 }] }],
    ['action/unknown-faction', { type: 'orders', faction: 'green', turn: 1, orders: [] }],
    ['action/not-playable', { type: 'orders', faction: 'rebels', turn: 1, orders: [] }],
    ['action/stale', { type: 'orders', faction: 'red', turn: 0, orders: [] }],
    [
      'action/wrong-phase',
      { type: 'choose', faction: 'red', turn: 1, event: 'reform_debate', option: 'accept' },
    ],
    [
      'action/too-many-orders',
      {
        type: 'orders',
        faction: 'blue',
        turn: 1,
        orders: [{ order: 'provoke' }, { order: 'provoke' }],
      },
    ],
    [
      'action/unknown-order',
      { type: 'orders', faction: 'red', turn: 1, orders: [{ order: 'nuke' }] },
    ],
    [
      'action/not-your-order',
      {
        type: 'orders',
        faction: 'red',
        turn: 1,
        orders: [{ order: 'subvert', target: 'capital' }],
      },
    ],
    [
      'action/order-unavailable',
      { type: 'orders', faction: 'blue', turn: 1, orders: [{ order: 'provoke' }] },
    ],
    [
      'action/bad-target',
      { type: 'orders', faction: 'red', turn: 1, orders: [{ order: 'police', target: 'port' }] },
    ],
    [
      'action/bad-target',
      { type: 'orders', faction: 'red', turn: 1, orders: [{ order: 'police' }] },
    ],
    [
      'action/bad-target',
      { type: 'orders', faction: 'red', turn: 1, orders: [{ order: 'rally', target: 'capital' }] },
    ],
    [
      'action/bad-target',
      {
        type: 'orders',
        faction: 'red',
        turn: 1,
        orders: [{ order: 'police', target: '__proto__' }],
      },
    ],
    [
      'action/duplicate-order',
      { type: 'orders', faction: 'red', turn: 1, orders: [{ order: 'rally' }, { order: 'rally' }] },
    ],
  ];
  for (const [code, action] of cases)
    it(`refuses ${JSON.stringify(action)} with ${code} and changes nothing`, () => {
      const r = step(scenario, s, action as Action);
      expect(r).toEqual({ ok: false, error: code });
      expect(stateHash(s)).toBe(before);
      expect(s).toEqual(snapshot);
    });

  it('refuses orders the faction cannot pay for together', () => {
    const poor = structuredClone(s);
    poor.tracks.gold = 10;
    const copy = structuredClone(poor);
    expect(
      step(scenario, poor, {
        type: 'orders',
        faction: 'red',
        turn: 1,
        orders: [{ order: 'rally' }],
      }).ok,
    ).toBe(true);
    expect(
      step(scenario, poor, {
        type: 'orders',
        faction: 'red',
        turn: 1,
        orders: [{ order: 'police', target: 'capital' }, { order: 'rally' }],
      }),
    ).toEqual({ ok: false, error: 'action/unaffordable' });
    expect(poor).toEqual(copy);
  });

  it('refuses a second set of orders in the same month', () => {
    const r = step(scenario, s, { type: 'orders', faction: 'red', turn: 1, orders: [] });
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(
        step(scenario, r.value.state, { type: 'orders', faction: 'red', turn: 1, orders: [] }),
      ).toEqual({ ok: false, error: 'action/already-submitted' });
  });

  /** Whether `legalActions` allows `action`: listed choices, or distinct listed orders, no more
   *  than allowed, that the faction can pay for together. */
  const allowed = (action: Record<string, unknown>): boolean => {
    if (typeof action.faction !== 'string' || action.turn !== s.turn) return false;
    const legal = legalActions(scenario, viewFor(scenario, s, action.faction));
    if (action.type === 'choose')
      return legal.choices.some(
        (c) => c.event === action.event && c.options.includes(action.option as string),
      );
    if (action.type !== 'orders' || !legal.orders) return false;
    const picks = action.orders as { order: string; target?: string }[];
    if (picks.length > legal.orders.max) return false;
    const keys = picks.map((o) => `${o.order}@${o.target ?? ''}`);
    if (new Set(keys).size !== keys.length) return false;
    const spent = new Map<string, number>();
    for (const o of picks) {
      const option = legal.orders.options.find((x) => x.order === o.order && x.target === o.target);
      if (!option) return false;
      for (const [track, amount] of option.cost) spent.set(track, (spent.get(track) ?? 0) + amount);
    }
    return [...spent].every(([track, total]) => total <= s.tracks[track]!);
  };
  const forgedAction = fc.record({
    type: fc.constantFrom('orders', 'choose', 'x'),
    faction: fc.constantFrom('red', 'blue', 'rebels', 'toString', ''),
    turn: fc.integer({ min: -1, max: 3 }),
    orders: fc.array(
      fc.record({
        order: fc.constantFrom('rally', 'police', 'subvert', 'provoke', 'hasOwnProperty'),
        target: fc.option(fc.constantFrom('capital', 'north', 'port', 'constructor'), {
          nil: undefined,
        }),
      }),
      { maxLength: 3 },
    ),
    event: fc.constantFrom('reform_debate', 'ultimatum', 'nope'),
    option: fc.constantFrom('accept', 'strike', 'x'),
  });
  /** Forged actions a run tries: `FORGED_RUNS=50000 npx vitest run …` for a long run. */
  const runs = Number(process.env.FORGED_RUNS) || 500;
  const tally = new Map<string, number>();

  it('takes exactly the random actions that legalActions allows, leaving the state as it was', () => {
    fc.assert(
      fc.property(forgedAction, (action) => {
        const copy = structuredClone(s);
        const r = step(scenario, copy, action as unknown as Action);
        expect(copy).toEqual(s);
        expect(r.ok).toBe(allowed(action));
        tally.set(r.ok ? 'taken' : r.error, (tally.get(r.ok ? 'taken' : r.error) ?? 0) + 1);
        if (r.ok) expect(r.value.state).not.toBe(copy);
      }),
      { numRuns: runs },
    );
    if (process.env.FORGED_RUNS) console.log('TALLY', JSON.stringify([...tally]));
  });

  it('takes an action whose fields change once read as the action first read (property)', () => {
    fc.assert(
      fc.property(forgedAction, forgedAction, (first, later) => {
        const seen = new Set<string>();
        const shifty = {};
        for (const k of Object.keys(first))
          Object.defineProperty(shifty, k, {
            enumerable: true,
            get: () => {
              const again = seen.has(k);
              seen.add(k);
              return (again ? later : first)[k as keyof typeof first];
            },
          });
        const copy = structuredClone(s);
        expect(step(scenario, copy, shifty as Action)).toEqual(
          step(scenario, s, first as unknown as Action),
        );
        expect(copy).toEqual(s);
      }),
      { numRuns: runs },
    );
  });
});

describe('determinism', () => {
  it('gives the same game, bit for bit, for the same seed and policies (property)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = runCampaign(scenario, seed, all(randomPolicy));
        const b = runCampaign(scenario, seed, all(randomPolicy));
        expect(stateHash(a.state)).toBe(stateHash(b.state));
        expect(a.actions).toEqual(b.actions);
      }),
      { numRuns: 50 },
    );
  });

  it('replaying the actions with step gives the state the campaign reached (property)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const live = runCampaign(scenario, seed, all(randomPolicy));
        let s = initialState(scenario, seed);
        for (const a of live.actions) {
          const r = step(scenario, s, a);
          if (!r.ok) throw new Error(r.error);
          s = r.value.state;
        }
        expect(stateHash(s)).toBe(stateHash(live.state));
      }),
      { numRuns: 30 },
    );
  });

  it('gives different games for different seeds', () => {
    const hashes = new Set(
      [1, 2, 3, 4, 5].map((seed) =>
        stateHash(runCampaign(scenario, seed, all(randomPolicy)).state),
      ),
    );
    expect(hashes.size).toBe(5);
  });

  it('plays the canon line to the canon ending', () => {
    const r = runCampaign(scenario, 3, all(canonPolicy));
    expect(r.state.ending).toBe('blue_strikes');
    expect(r.state.chosen).toEqual({ reform_debate: 'accept', ultimatum: 'strike' });
  });
});
