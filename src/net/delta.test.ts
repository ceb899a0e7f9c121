import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomPolicy } from '../ai';
import {
  generatorFrom,
  initialState,
  legalActions,
  makeViewer,
  seedRng,
  step,
  waitingFor,
  type KnownChange,
} from '../engine';
import { loadScenarioDir } from '../node/scenario-dir';
import { applyDelta, diffEntry, diffRecord, DeltaError, sameJson, type Delta } from './delta';
import { packChange, packChanges, unpackChange, unpackChanges } from './packed';

// (a key __proto__ is refused by applyDelta, tested below: no view has one)
const json = fc
  .jsonValue({ maxDepth: 4 })
  .filter((v) => !JSON.stringify(v).includes('"__proto__"'));
const record = fc.dictionary(fc.string(), json).filter((r) => !Object.hasOwn(r, '__proto__'));
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
/** The delta turning `a` into `b`, as it arrives over the wire. */
const wired = (a: Record<string, unknown>, b: Record<string, unknown>): Delta =>
  plain(diffRecord(a, b) ?? {});

describe('view deltas', () => {
  it('turn any record into any other, leaving the first as it was', () => {
    fc.assert(
      fc.property(record, record, (a, b) => {
        const before = JSON.stringify(a);
        const changed = applyDelta(a, wired(a, b));
        expect(sameJson(changed, b)).toBe(true);
        expect(JSON.stringify(a)).toBe(before);
      }),
      { numRuns: 2000 },
    );
  });

  it('turn any member into any other, nested in records', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const x = { m: { n: a } };
        const y = { m: { n: b } };
        expect(sameJson(applyDelta(x, wired(x, y)), y)).toBe(true);
        expect(diffEntry(a, plain(a)) === undefined).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('carry only what changed', () => {
    const a = { tracks: { oil: 1, 'a/b~c': 2 }, list: [1, 2], same: { deep: [{ x: 1 }] }, o: null };
    const b = { tracks: { oil: 1, 'a/b~c': 3 }, list: [1, 2, 3], same: { deep: [{ x: 1 }] } };
    expect(diffRecord(a, b)).toEqual({ tracks: { 'a/b~c': 3 }, list: [2, [2, 0, 3]], o: [1] });
    expect(diffRecord(a, structuredClone(a))).toBeUndefined();
    const changed = applyDelta(a, wired(a, b));
    expect(changed).toEqual(b);
    // what did not change is shared, what changed is a copy
    expect(changed.same).toBe(a.same);
    expect(changed.tracks).not.toBe(a.tracks);
    expect(a.tracks['a/b~c']).toBe(2);
    // null is a value like any other
    expect(applyDelta({ x: 1 }, wired({ x: 1 }, { x: null }))).toEqual({ x: null });
  });

  it('turn a list into another that drops, inserts or changes some of its items', () => {
    const item = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.record({ n: fc.integer({ max: 3 }) }));
    const list = fc.array(item, { maxLength: 12 });
    fc.assert(
      fc.property(list, list, list, list, fc.nat(3), (front, middle, inserted, tail, drop) => {
        const a = [...front, ...middle, ...tail];
        const b = [...front.slice(drop), ...inserted, ...tail];
        for (const [x, y] of [
          [a, b],
          [b, a],
        ])
          expect(applyDelta({ list: x }, wired({ list: x }, { list: y }))).toEqual({ list: y });
      }),
      { numRuns: 2000 },
    );
  });

  it('keep what a list shares with the one before at both ends', () => {
    const c = (turn: number, figure: string) => ({ turn, figure, delta: 1 });
    const month1 = [c(1, 'a'), c(1, 'b'), c(1, 'c')];
    const month2 = [c(2, 'a'), c(2, 'b'), c(2, 'c')];
    const hidden = { turn: 2, figure: 'x', delta: 4 };
    // a change inserted before the hidden total at the end, whose delta moves
    expect(
      diffEntry(
        [...month1, ...month2, hidden],
        [...month1, ...month2, c(2, 'd'), { ...hidden, delta: 5 }],
      ),
    ).toEqual([2, [6, 1, c(2, 'd'), { ...hidden, delta: 5 }]]);
    // the oldest month dropped at the turn of a month, a new one added
    const month3 = [c(3, 'a')];
    expect(diffEntry([...month1, ...month2], [...month2, ...month3])).toEqual([
      2,
      [0, 3],
      [3, 0, c(3, 'a')],
    ]);
    // nothing shared: the list whole
    expect(diffEntry(month1, month2)).toEqual([0, month2]);
  });

  it('refuse a delta that does not fit the document, with where', () => {
    const doc = { a: { b: 1 }, list: [1] };
    const bad = (d: unknown) => () => applyDelta(doc, d as Delta);
    expect(bad({ a: { c: [1] } })).toThrow(/\/a\/c: nothing to remove/);
    expect(bad({ x: { y: 2 } })).toThrow(/\/x: no record to change/);
    expect(bad({ list: [2, [1, 1]] })).toThrow(/\/list: splice 1 does not fit/);
    expect(bad({ list: [2, [0, 2]] })).toThrow(DeltaError);
    expect(bad({ a: [2, [0, 0]] })).toThrow(/no list to change/);
    expect(bad({ a: [3] })).toThrow(/not an entry/);
    expect(bad(JSON.parse('{"__proto__":{"x":1}}'))).toThrow(/not a place in a view/);
    expect(bad(JSON.parse('{"a":{"__proto__":[0,1]}}'))).toThrow(DeltaError);
    expect(doc).toEqual({ a: { b: 1 }, list: [1] });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('packed changes', () => {
  const loaded = loadScenarioDir('red-mexico-1945');
  if (!loaded.ok) throw new Error('red-mexico-1945 does not load');
  const scenario = loaded.scenario;

  it('unpack into the changes they were, of every kind a game notes; others as they are', () => {
    const kinds = new Set<string>();
    for (const seed of [1, 2, 3]) {
      let state = initialState(scenario, seed);
      const rng = generatorFrom(seedRng(seed));
      const viewers = scenario.index.playable.map((f) => makeViewer(scenario, f));
      for (let n = 0; state.phase !== 'ended' && n < 300; n++) {
        for (const v of viewers)
          for (const c of v(state).changes) {
            kinds.add(c.cause.kind);
            const packed = plain(packChange(c));
            expect(Array.isArray(packed)).toBe(true);
            expect(unpackChange(packed)).toEqual(plain(c));
          }
        const f = waitingFor(scenario, state)[0]!;
        const view = makeViewer(scenario, f)(state);
        const r = step(
          scenario,
          state,
          randomPolicy.decide(scenario, view, legalActions(scenario, view), rng),
        );
        if (!r.ok) throw new Error(r.error);
        state = r.value.state;
      }
    }
    expect([...kinds].sort()).toEqual(['choice', 'cost', 'drift', 'event', 'order', 'unseen']);
    // a cause this codec does not know, or with a member it does not list, goes as it is
    const odd = [
      { turn: 1, figure: 'x', delta: 1, cause: { kind: 'new-kind', why: 'a' } },
      {
        turn: 1,
        figure: 'x',
        delta: 1,
        cause: { kind: 'drift', track: 'a', modifier: 'b', extra: 1 },
      },
      { turn: 1, figure: 'x', delta: 1, cause: { kind: 'drift', track: 'a', modifier: 2 } },
      { turn: 1, figure: 'x', delta: 1, cause: { kind: 'event', event: 'e' }, more: true },
    ] as unknown as KnownChange[];
    for (const c of odd) {
      expect(packChange(c)).toBe(c);
      expect(unpackChange(plain(packChange(c)))).toEqual(c);
    }
    const list = [odd[0], { turn: 1, figure: 'y', delta: 2, cause: { kind: 'event', event: 'e' } }];
    expect(unpackChanges(plain(packChanges([0, list])))).toEqual([0, list]);
    expect(unpackChanges(plain(packChanges([2, [0, 1], [1, 0, ...list]])))).toEqual([
      2,
      [0, 1],
      [1, 0, ...list],
    ]);
    expect(() => unpackChange([1, 'x', 1, 'event', 'e', 'too many'])).toThrow(/packed change/);
  });
});
