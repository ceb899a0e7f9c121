import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  generatorFrom,
  initialState,
  legalActions,
  makeViewer,
  seedRng,
  step,
  stepInPlace,
  viewFor,
  waitingFor,
  type GameState,
  type KnownChange,
} from '../../index';
import type { Change, Scenario } from '../../types';
import { randomPolicy } from '../../../ai';
import { loadBundled, loadMini } from '../../../../test/helpers';

/** What a faction knows of a record of changes, worked out from nothing: the definition the
 *  viewer's kept-up list must match. */
function fromScratch(scenario: Scenario, changes: readonly Change[], faction: string) {
  const hidden = new Set(
    scenario.tracks.filter((t) => t.private && t.owner !== faction).map((t) => `track:${t.id}`),
  );
  const out: KnownChange[] = [];
  const unseen = new Map<string, { turn: number; figure: string; delta: number }>();
  for (const c of changes) {
    if (hidden.has(c.figure)) continue;
    if (!c.visibleTo || c.visibleTo.includes(faction))
      out.push({ turn: c.turn, figure: c.figure, delta: c.delta, cause: c.cause });
    else {
      const key = `${c.turn} ${c.figure}`;
      const u = unseen.get(key);
      if (u) u.delta += c.delta;
      else unseen.set(key, { turn: c.turn, figure: c.figure, delta: c.delta });
    }
  }
  const rest = [...unseen.values()].sort(
    (a, b) => a.turn - b.turn || (a.figure < b.figure ? -1 : a.figure > b.figure ? 1 : 0),
  );
  for (const u of rest) out.push({ ...u, cause: { kind: 'unseen' } });
  return out;
}

function randomAction(scenario: Scenario, state: GameState, rng: ReturnType<typeof generatorFrom>) {
  const f = waitingFor(scenario, state)[0]!;
  const view = viewFor(scenario, state, f);
  return randomPolicy.decide(scenario, view, legalActions(scenario, view), rng);
}

describe.each([
  ['mini', loadMini()],
  ['red-mexico-1945', loadBundled('red-mexico-1945')],
])('a viewer’s known changes (%s)', (_, scenario) => {
  const factions = [...scenario.index.playable, ''];

  it('match those worked out from nothing, whether the game steps in place, is copied at each step or goes back to an earlier point (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.array(fc.nat({ max: 19 }), { minLength: 30, maxLength: 120 }),
        (seed, picks) => {
          const rng = generatorFrom(seedRng(seed));
          let state = initialState(scenario, seed);
          const earlier: GameState[] = [];
          const viewers = factions.map((f) => makeViewer(scenario, f));
          const handedOut: { list: readonly KnownChange[]; copy: KnownChange[] }[] = [];
          for (const pick of picks) {
            if (state.phase === 'ended') break;
            for (let i = 0; i < factions.length; i++) {
              const list = viewers[i]!(state).changes;
              expect(list).toEqual(fromScratch(scenario, state.changes, factions[i]!));
              handedOut.push({ list, copy: structuredClone(list) as KnownChange[] });
            }
            const action = randomAction(scenario, state, rng);
            if (pick < 12) {
              expect(stepInPlace(scenario, state, action)).toBeNull();
            } else if (pick < 18) {
              // a copy of the state per step: a new record that shares what came before
              earlier.push(state);
              const r = step(scenario, state, action);
              if (!r.ok) throw new Error(r.error);
              state = r.value.state;
            } else if (earlier.length > 0) {
              // back to an earlier point of the game, then on from there
              state = earlier[pick % earlier.length]!;
              earlier.length = 0;
            }
          }
          // what was handed out is never changed by what followed
          for (const { list, copy } of handedOut) expect(list).toEqual(copy);
        },
      ),
      { numRuns: scenario.id === 'mini' ? 40 : 8 },
    );
  });

  it('hand out the same list while nothing was noted, and keep the entries of a record that only grew', () => {
    const state = initialState(scenario, 3);
    const rng = generatorFrom(seedRng(3));
    const viewer = makeViewer(scenario, scenario.index.playable[0]!);
    let before = viewer(state).changes;
    let kept = 0;
    for (let n = 0; n < 40 && state.phase !== 'ended'; n++) {
      expect(viewer(state).changes).toBe(before);
      const record = state.changes;
      expect(stepInPlace(scenario, state, randomAction(scenario, state, rng))).toBeNull();
      const after = viewer(state).changes;
      // (a new record: a month turned, or a cost was disclosed)
      if (state.changes === record) {
        const known = before.filter((c) => c.cause.kind !== 'unseen');
        known.forEach((c, i) => expect(after[i]).toBe(c));
        kept += known.length;
      }
      before = after;
    }
    expect(kept).toBeGreaterThan(0);
  });

  it('hand out again, across new records (a cost disclosed, a month dropped), the entries of changes that tell the same as before', () => {
    const state = initialState(scenario, 5);
    const rng = generatorFrom(seedRng(5));
    const viewers = factions.map((f) => makeViewer(scenario, f));
    let before = viewers.map((v) => v(state).changes);
    let again = 0;
    let newRecords = 0;
    // (the entries telling one thing, by what they tell; sums left out: a sum may come back)
    const told = (list: readonly KnownChange[]) => {
      const by = new Map<string, KnownChange[]>();
      for (const c of list)
        if (c.cause.kind !== 'unseen') {
          const key = JSON.stringify(c);
          by.set(key, [...(by.get(key) ?? []), c]);
        }
      return by;
    };
    for (let n = 0; n < 200 && state.phase !== 'ended'; n++) {
      const record = state.changes;
      expect(stepInPlace(scenario, state, randomAction(scenario, state, rng))).toBeNull();
      const after = viewers.map((v) => v(state).changes);
      if (state.changes !== record) {
        newRecords++;
        after.forEach((list, i) => {
          const was = told(before[i]!);
          for (const [key, now] of told(list)) {
            const then = was.get(key) ?? [];
            // as many of them as before the same objects (the month dropped is another turn)
            const kept = now.filter((c) => then.includes(c)).length;
            expect(kept).toBe(Math.min(now.length, then.length));
            again += kept;
          }
        });
      }
      before = after;
    }
    expect(newRecords).toBeGreaterThan(2);
    expect(again).toBeGreaterThan(0);
  });
});
