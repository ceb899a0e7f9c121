import { describe, expect, it } from 'vitest';
import { randomPolicy } from '../src/ai';
import {
  cloneState,
  generatorFrom,
  initialState,
  legalActions,
  monthChange,
  seedRng,
  stateHash,
  stepInPlace,
  viewFor,
  type GameState,
  type Scenario,
} from '../src/engine';
import { loadMini } from './helpers';
import { withPlot } from './secret-fixture';
import { loadScenarioDir } from '../src/node/scenario-dir';
import { whyText } from '../src/cli/play/screen';

/** Plays `scenario` at random, calling `month` with the state at the start of each month's
 *  orders and the state at the start of the next. */
function eachMonth(
  scenario: Scenario,
  seed: number,
  month: (before: GameState, after: GameState) => void,
): void {
  const state = initialState(scenario, seed);
  const rng = generatorFrom(seedRng(seed));
  let before = cloneState(state);
  while (state.phase !== 'ended') {
    const f =
      state.phase === 'orders'
        ? scenario.index.playable.find((p) => state.orders[p] === null)!
        : state.pending[0]!.faction;
    const view = viewFor(scenario, state, f);
    const turn = state.turn;
    stepInPlace(
      scenario,
      state,
      randomPolicy.decide(scenario, view, legalActions(scenario, view), rng),
    );
    if (state.turn !== turn && state.phase === 'orders') {
      month(before, state);
      before = cloneState(state);
    }
  }
}

const flagship = loadScenarioDir('red-mexico-1945');
if (!flagship.ok) throw new Error('red-mexico-1945 does not load');

describe("a figure's change last month, cause by cause", () => {
  for (const [name, scenario] of [
    ['mini', loadMini()],
    ['mini with a plot', withPlot()],
    ['red-mexico-1945', flagship.scenario],
  ] as const)
    it(`${name}: the named parts and the unseen one add up to what each visible figure moved`, () => {
      let months = 0;
      let named = 0;
      for (const seed of [1, 2, 3])
        eachMonth(scenario, seed, (before, after) => {
          months++;
          for (const f of scenario.index.playable) {
            const view = viewFor(scenario, after, f);
            const figures: [string, number, number][] = [
              ...Object.keys(view.tracks).map(
                (id) =>
                  [`track:${id}`, before.tracks[id]!, after.tracks[id]!] as [
                    string,
                    number,
                    number,
                  ],
              ),
              ...Object.keys(after.regions).map(
                (id) =>
                  [`unrest:${id}`, before.regions[id]!.unrest, after.regions[id]!.unrest] as [
                    string,
                    number,
                    number,
                  ],
              ),
              ...Object.keys(after.characters).map(
                (id) =>
                  [`health:${id}`, before.characters[id]!.health, after.characters[id]!.health] as [
                    string,
                    number,
                    number,
                  ],
              ),
            ];
            for (const [figure, was, is] of figures) {
              const m = monthChange(scenario, view, figure)!;
              expect(m.turn).toBe(before.turn);
              expect(m.total).toBeCloseTo(is - was, 6);
              named += m.parts.filter((p) => p.kind !== 'unseen').length;
            }
          }
        });
      expect(months).toBeGreaterThan(3);
      expect(named).toBeGreaterThan(months); // most changes are told by name
    });

  it('names the orders, drift, events and choices; lumps what the viewer may not know', () => {
    const scenario = withPlot();
    const kinds = new Set<string>();
    let unseenForRed = 0;
    for (const seed of [1, 2, 3, 4, 5, 6])
      eachMonth(scenario, seed, (_, after) => {
        for (const f of scenario.index.playable) {
          const view = viewFor(scenario, after, f);
          for (const id of Object.keys(view.tracks)) {
            const m = monthChange(scenario, view, `track:${id}`)!;
            for (const p of m.parts) {
              kinds.add(p.kind);
              // blue's plot drives a drift of red's support that red may not be told of
              if (f === 'red') expect(p.label).not.toMatch(/plotters/i);
              if (f === 'red' && p.kind === 'unseen') unseenForRed++;
              if (f === 'blue' && /plotters/i.test(p.label)) expect(p.kind).toBe('drift');
            }
          }
        }
      });
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining(['cost', 'drift', 'event', 'order', 'unseen']),
    );
    expect(unseenForRed).toBeGreaterThan(0);
  });

  it('keeps only this month and last, and leaves the save hash of a game as it was', () => {
    const scenario = loadMini();
    eachMonth(scenario, 9, (_, after) => {
      expect(new Set(after.changes.map((c) => c.turn)).size).toBeLessThanOrEqual(2);
      expect(after.changes.every((c) => c.turn >= after.turn - 1)).toBe(true);
      expect(stateHash({ ...after, changes: [] })).toBe(stateHash(after));
    });
  });

  it('tells nothing before the first month has resolved', () => {
    const scenario = loadMini();
    const view = viewFor(scenario, initialState(scenario, 1), 'red');
    expect(monthChange(scenario, view, 'track:support')).toBeNull();
  });
});

describe('the terminal', () => {
  it("tells a figure's change last month by its causes under `why`", () => {
    const scenario = flagship.scenario;
    let told = 0;
    eachMonth(scenario, 4, (_, after) => {
      const view = viewFor(scenario, after, 'mexico');
      const why = whyText(scenario, view, 'treasury');
      const m = monthChange(scenario, view, 'track:treasury')!;
      expect(why).toContain(`Last month (`);
      for (const p of m.parts.filter((p) => Math.round(p.value * 10) !== 0)) {
        expect(why).toContain(p.label);
        told++;
      }
    });
    expect(told).toBeGreaterThan(10);
  });
});
