// Numbers at run time: whatever expressions a valid scenario holds compute, every figure stays
// finite and within its bounds, so no order that cannot be paid for becomes affordable.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { initialState, legalActions, parseScenario, step, type GameState, viewFor } from '../index';
import { compileBool, compileNum, type NameTable } from '../expr/compile';
import { MAX_MAGNITUDE } from '../expr/numbers';
import { applyEffects, newDraft, type Draft } from './apply';
import { checkAction } from './step';
import { loadMini, replaceOnce, withEdit } from '../../../test/helpers';

const mini = loadMini();
const names: NameTable = {
  bounds: new Map(mini.tracks.map((t) => [t.id, [t.min, t.max] as const])),
  tracks: new Set(mini.tracks.map((t) => t.id)),
  flags: new Set(mini.flags.map((f) => f.id)),
  derived: new Set(mini.derived.map((d) => d.id)),
  events: new Map(mini.events.map((e) => [e.id, e.choices.map((c) => c.id)])),
  factions: new Set(mini.factions.map((f) => f.id)),
  regions: new Set(mini.regions.map((r) => r.id)),
  characters: new Set(mini.characters.map((c) => c.id)),
  clocks: new Set(['tension']),
  tags: new Set(['city', 'rural']),
  target: false,
};

/** Mini, with the rally order (red, 5 gold) adding `expr` to gold instead of to support. */
function rallyAdding(expr: string) {
  const r = parseScenario(
    withEdit('orders.yaml', (t) =>
      replaceOnce(t, 'add: { support: 3 }', `add: { gold: "${expr}" }`),
    ),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

describe('arithmetic that overflows', () => {
  it('saturates instead of giving NaN, and a track stays a number within its bounds', () => {
    // Each factor is over a billion: 35 of them are beyond any double, then times 0.
    const scenario = rallyAdding(`${Array(35).fill('(gold + 1000000000)').join('*')} * 0`);
    let s = initialState(scenario, 1);
    for (const [faction, orders] of [
      ['red', [{ order: 'rally' }]],
      ['blue', []],
    ] as const) {
      const r = step(scenario, s, { type: 'orders', faction, turn: 0, orders: [...orders] });
      if (!r.ok) throw new Error(r.error);
      s = r.value.state;
    }
    expect(s.tracks.gold).toBe(15 + 5 + 2);
  });

  it('keeps a product of huge figures at the largest number, not Infinity', () => {
    const c = compileNum(`${Array(40).fill('1000000000').join(' * ')} - 1`, names);
    // A product of literals alone is folded at load: out of range, it is an error.
    expect(c.ok).toBe(false);
    const d = compileNum(`${Array(40).fill('(gold + 1000000000)').join(' * ')}`, names);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    const state = initialState(mini, 1);
    expect(d.value.run({ scenario: mini, state, target: null })).toBe(MAX_MAGNITUDE);
  });
});

describe('a track that is not a number', () => {
  it('never makes an order affordable', () => {
    const s = structuredClone(initialState(mini, 1));
    s.tracks.gold = Number.NaN;
    const action = {
      type: 'orders',
      faction: 'red',
      turn: 0,
      orders: [{ order: 'rally' }],
    } as const;
    expect(checkAction(mini, s, action)).toBe('action/unaffordable');
    expect(
      legalActions(mini, viewFor(mini, s, 'red')).orders?.options.map((o) => o.order),
    ).not.toContain('rally');
  });
});

// --- property: random expressions over random states ------------------------------------------
const LITERALS = ['0', '1', '7', '0.5', '0.001', '1000000000', '999999999.99'];
const NUM_VARS = ['support', 'gold', 'spies', 'tension', 'strength', 'outlook', 'turn', 'year'];
const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...LITERALS, ...NUM_VARS, 'unrest(capital)', 'health(leader)'),
    fc
      .tuple(tie('e'), fc.constantFrom('+', '-', '*', '/'), tie('e'))
      .map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('e').map((a) => `-${a}`),
    fc
      .tuple(tie('e'), fc.integer({ min: 2, max: 60 }))
      .map(([a, n]) => Array(n).fill(a).join(' * ')),
    fc
      .tuple(fc.constantFrom('min', 'max'), tie('e'), tie('e'))
      .map(([f, a, b]) => `${f}(${a}, ${b})`),
    tie('e').map((a) => `abs(${a})`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([a, b, c]) => `clamp(${a}, ${b}, ${c})`),
  ),
})).e;

/** A state of mini with every figure anywhere within its bounds. */
const state: fc.Arbitrary<GameState> = fc
  .record({
    tracks: fc.tuple(...mini.tracks.map((t) => fc.double({ min: t.min, max: t.max, noNaN: true }))),
    unrest: fc.tuple(...mini.regions.map(() => fc.double({ min: 0, max: 100, noNaN: true }))),
    health: fc.double({ min: 0, max: 100, noNaN: true }),
    turn: fc.integer({ min: 0, max: 23 }),
  })
  .map(({ tracks, unrest, health, turn }) => {
    const s = initialState(mini, 1);
    mini.tracks.forEach((t, i) => (s.tracks[t.id] = tracks[i]!));
    mini.regions.forEach((r, i) => (s.regions[r.id]!.unrest = unrest[i]!));
    s.characters.leader!.health = health;
    s.turn = turn;
    return s;
  });

describe('random expressions over random states (property)', () => {
  it('never give a number that is not finite or beyond the range the checker gives, and never make an unaffordable order affordable', () => {
    fc.assert(
      fc.property(expr, state, (src, s) => {
        const c = compileNum(src, names);
        fc.pre(c.ok);
        if (!c.ok) return;
        const value = c.value.run({ scenario: mini, state: s, target: null });
        expect(Number.isFinite(value)).toBe(true);
        expect(Math.abs(value)).toBeLessThanOrEqual(MAX_MAGNITUDE);
        // The checker's reasoning on what it can give is sound: warnings rest on it.
        expect(value >= c.range[0] && value <= c.range[1], `${value} in ${c.range}`).toBe(true);
        // The value added to gold and set on spies, as effects do.
        const d: Draft = newDraft(mini, s);
        applyEffects(
          d,
          [
            { op: 'add', entries: [['gold', c.value]] },
            { op: 'set', tracks: [['spies', c.value]], flags: [] },
          ],
          null,
        );
        for (const t of mini.tracks) {
          const v = s.tracks[t.id]!;
          expect(v >= t.min && v <= t.max, `${t.id} = ${v}`).toBe(true);
        }
        const rally = {
          type: 'orders',
          faction: 'red',
          turn: s.turn,
          orders: [{ order: 'rally' }],
        };
        const affordable = checkAction(mini, s, rally) !== 'action/unaffordable';
        expect(affordable).toBe(s.tracks.gold! >= 5);
        const listed = legalActions(mini, viewFor(mini, s, 'red')).orders?.options.some(
          (o) => o.order === 'rally',
        );
        expect(listed).toBe(s.tracks.gold! >= 5);
      }),
      { numRuns: 2000 },
    );
  });
});

const condition: fc.Arbitrary<string> = fc.letrec<{ c: string }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small' },
    fc
      .tuple(expr, fc.constantFrom('<', '<=', '>', '>=', '==', '!='), expr)
      .map(([a, op, b]) => `${a} ${op} ${b}`),
    fc
      .tuple(
        fc.constantFrom(...NUM_VARS.slice(0, 4), 'unrest(port)'),
        fc.constantFrom('<', '<=', '>', '>=', '==', '!='),
        fc.integer({ min: -20, max: 260 }),
      )
      .map(([a, op, k]) => `${a} ${op} ${k}`),
    fc.constantFrom('crisis', 'reform'),
    fc
      .tuple(tie('c'), fc.constantFrom('and', 'or'), tie('c'))
      .map(([a, op, b]) => `(${a}) ${op} (${b})`),
    tie('c').map((a) => `not (${a})`),
  ),
})).c;

describe('conditions the checker says can never hold (property)', () => {
  it('never hold, in any state', () => {
    let flagged = 0;
    fc.assert(
      fc.property(condition, state, fc.boolean(), (src, s, crisis) => {
        const c = compileBool(src, names);
        fc.pre(c.ok && c.never !== null);
        if (!c.ok) return;
        flagged++;
        s.flags.crisis = crisis;
        expect(c.value.run({ scenario: mini, state: s, target: null })).toBe(false);
      }),
      { numRuns: 500 },
    );
    expect(flagged).toBe(500);
  });
});
