import { describe, expect, it } from 'vitest';
import {
  generatorFrom,
  initialState,
  legalActions,
  nextToAct,
  parseScenario,
  seedRng,
  stepInPlace,
  viewFor,
  type GameState,
  type Scenario,
} from '../index';
import { randomPolicy } from '../../ai';
import { loadBundled, loadMini, replaceOnce, withEdit } from '../../../test/helpers';
import { recordWritten, writesOf } from './writes';

const COUNTED = ['flags', 'regions', 'characters'] as const;

type Seen = { of: object; writes: number; copy: unknown };

/** Plays random games stepped in place: whenever the engine's count of writes to a record did
 *  not move over a step, the record is as it was before the step. */
function check(scenario: Scenario, seeds: readonly number[]) {
  const tally = { unmoved: 0, moved: 0, changed: 0 };
  for (const seed of seeds) {
    const state: GameState = initialState(scenario, seed);
    const rng = generatorFrom(seedRng(seed + 1000));
    for (let n = 0; n < 2000 && state.phase !== 'ended'; n++) {
      const faction = nextToAct(scenario, state);
      if (faction === undefined) break;
      const view = viewFor(scenario, state, faction);
      const action = randomPolicy.decide(scenario, view, legalActions(scenario, view), rng);
      const before = new Map<string, Seen>(
        COUNTED.map((k) => {
          const of = state[k];
          return [k, { of, writes: writesOf(of), copy: structuredClone(of) }];
        }),
      );
      expect(stepInPlace(scenario, state, action)).toBeNull();
      for (const k of COUNTED) {
        const was = before.get(k)!;
        const now = state[k];
        const same = JSON.stringify(now) === JSON.stringify(was.copy);
        if (now !== was.of || writesOf(now) !== was.writes) {
          tally.moved++;
          if (!same) tally.changed++;
        } else {
          tally.unmoved++;
          expect(now, `${k} changed uncounted (seed ${seed}, action ${n})`).toEqual(was.copy);
        }
      }
    }
  }
  return tally;
}

describe('the write counts of a state’s records', () => {
  for (const id of ['red-mexico-1945', 'cuban-missiles-1962']) {
    it(`move over every step that changes the flags, regions or characters (${id})`, () => {
      const tally = check(loadBundled(id), [1, 2, 3, 4]);
      // the games changed the records, and most steps left them alone
      expect(tally.changed).toBeGreaterThan(0);
      expect(tally.unmoved).toBeGreaterThan(tally.moved);
    });
  }

  it('move over the mini fixture’s games too', () => {
    expect(check(loadMini(), [1, 2, 3]).changed).toBeGreaterThan(0);
  });

  it('move over a step whose orders hand regions over and change no unrest', () => {
    // the fixture's orders with control for unrest: a month's regions then change by that alone
    const files = withEdit('orders.yaml', (t) =>
      replaceOnce(
        replaceOnce(
          replaceOnce(t, 'unrest: { target: -15 }', 'control: { target: blue }'),
          'unrest: { target: 5 }',
          'control: { target: rebels }',
        ),
        'unrest: { target: 10 }',
        'control: { target: red }',
      ),
    );
    const r = parseScenario(files);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(check(r.scenario, [1, 2, 3, 4, 5, 6]).changed).toBeGreaterThan(0);
  });

  it('are hidden from copies and JSON, and kept for frozen records', () => {
    const r: Record<string, number> = { a: 1 };
    recordWritten(r);
    recordWritten(r);
    expect(writesOf(r)).toBe(2);
    expect(Object.keys(r)).toEqual(['a']);
    expect(JSON.stringify(r)).toBe('{"a":1}');
    expect(writesOf({ ...r })).toBe(0);
    const frozen = Object.freeze({ b: 2 });
    recordWritten(frozen);
    expect(writesOf(frozen)).toBe(1);
  });
});
