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
} from '../engine';
import { loadScenarioDir } from '../node/scenario-dir';
import { applyPatch, diffJson, MemberDiff, PatchError, sameJson } from './patch';

// (a key __proto__ is refused by applyPatch, tested below: no view has one)
const json = fc
  .jsonValue({ maxDepth: 4 })
  .filter((v) => !JSON.stringify(v).includes('"__proto__"'));
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe('view patches', () => {
  it('turn any JSON value into any other, leaving the first as it was', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const before = JSON.stringify(a);
        const patch = diffJson(a, b);
        const patched = applyPatch(a, plain(patch) as typeof patch);
        expect(sameJson(patched, b)).toBe(true);
        expect(JSON.stringify(a)).toBe(before);
      }),
      { numRuns: 2000 },
    );
  });

  it('carry only what changed, and keys that need escaping', () => {
    const a = { tracks: { oil: 1, 'a/b~c': 2 }, list: [1, 2], same: { deep: [{ x: 1 }] } };
    const b = { tracks: { oil: 1, 'a/b~c': 3 }, list: [1, 2, 3], same: { deep: [{ x: 1 }] } };
    expect(diffJson(a, b)).toEqual([
      { op: 'replace', path: '/tracks/a~1b~0c', value: 3 },
      { op: 'add', path: '/list/-', value: 3 },
    ]);
    expect(diffJson(a, structuredClone(a))).toEqual([]);
    const patched = applyPatch(a, diffJson(a, b));
    expect(patched).toEqual(b);
    // what did not change is shared, what changed is a copy
    expect(patched.same).toBe(a.same);
    expect(patched.tracks).not.toBe(a.tracks);
    expect(a.tracks['a/b~c']).toBe(2);
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
        ]) {
          const patch = diffJson({ list: x }, { list: y });
          expect(applyPatch({ list: x }, plain(patch) as typeof patch)).toEqual({ list: y });
        }
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
      diffJson(
        [...month1, ...month2, hidden],
        [...month1, ...month2, c(2, 'd'), { ...hidden, delta: 5 }],
      ),
    ).toEqual([
      { op: 'replace', path: '/6/figure', value: 'd' },
      { op: 'replace', path: '/6/delta', value: 1 },
      { op: 'add', path: '/-', value: { ...hidden, delta: 5 } },
    ]);
    // the oldest month dropped at the turn of a month, a new one added
    const month3 = [c(3, 'a')];
    expect(diffJson([...month1, ...month2], [...month2, ...month3])).toEqual([
      { op: 'remove', path: '/0' },
      { op: 'remove', path: '/0' },
      { op: 'remove', path: '/0' },
      { op: 'add', path: '/-', value: c(3, 'a') },
    ]);
  });

  it('compare shared members once, with the same result', () => {
    const differ = new MemberDiff();
    fc.assert(
      fc.property(fc.dictionary(fc.string(), json), fc.dictionary(fc.string(), json), (a, b) => {
        const shared = { ...b, extra: a };
        expect(differ.diff(a, b)).toEqual(diffJson(a, b));
        expect(differ.diff(a, shared)).toEqual(diffJson(a, shared));
        expect(differ.diff(a, b)).toEqual(diffJson(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('refuse an operation that does not fit the document, with where', () => {
    const doc = { a: { b: 1 }, list: [1] };
    expect(() => applyPatch(doc, [{ op: 'replace', path: '/a/c', value: 2 }])).toThrow(
      /\/a\/c: no such key/,
    );
    expect(() => applyPatch(doc, [{ op: 'add', path: '/x/y', value: 2 }])).toThrow(PatchError);
    expect(() => applyPatch(doc, [{ op: 'remove', path: '/list/1' }])).toThrow(/no item 1/);
    expect(() => applyPatch(doc, [{ op: 'add', path: '/__proto__/x', value: 2 }])).toThrow(
      PatchError,
    );
    expect(() => applyPatch(doc, [{ op: 'add', path: 'a', value: 2 }])).toThrow(/JSON pointer/);
    expect(doc).toEqual({ a: { b: 1 }, list: [1] });
  });

  it("rebuild each seat's view of a whole game from its first view and the patches", () => {
    const loaded = loadScenarioDir('red-mexico-1945');
    if (!loaded.ok) throw new Error('red-mexico-1945 does not load');
    const scenario = loaded.scenario;
    for (const seed of [1, 2]) {
      let state = initialState(scenario, seed);
      const rng = generatorFrom(seedRng(seed));
      const viewers = scenario.index.playable.map((f) => makeViewer(scenario, f));
      let held = viewers.map((v) => plain(v(state)));
      let bytes = { patches: 0, views: 0 };
      for (let n = 0; state.phase !== 'ended' && n < 400; n++) {
        const f = waitingFor(scenario, state)[0]!;
        const view = makeViewer(scenario, f)(state);
        const r = step(
          scenario,
          state,
          randomPolicy.decide(scenario, view, legalActions(scenario, view), rng),
        );
        if (!r.ok) throw new Error(r.error);
        const before = viewers.map((v) => v(state));
        state = r.value.state;
        held = viewers.map((v, i) => {
          const next = v(state);
          const patch = plain(diffJson(before[i], next)) as ReturnType<typeof diffJson>;
          bytes = {
            patches: bytes.patches + JSON.stringify(patch).length,
            views: bytes.views + JSON.stringify(next).length,
          };
          const patched = applyPatch(held[i], patch);
          expect(patched).toEqual(plain(next));
          return patched;
        });
      }
      expect(state.phase).toBe('ended');
      // the point of patches: fewer bytes than the views they stand for (a sixth in a long game)
      expect(bytes.patches).toBeLessThan(bytes.views / 2);
    }
  });
});
