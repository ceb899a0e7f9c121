import { describe, expect, it } from 'vitest';
import { loadScenarioDir } from '../../node/scenario-dir';
import { initialState, viewFor, type GameView } from '../../engine';
import { Holders } from './holders';

const loaded = loadScenarioDir('red-mexico-1945');
if (!loaded.ok) throw new Error('red-mexico-1945 does not load');
const scenario = loaded.scenario;

describe('Holders', () => {
  it('reads who holds a region by its place as the view does by its name', () => {
    const holders = new Holders(scenario);
    const state = initialState(scenario, 1);
    const view = viewFor(scenario, state, 'mexico');
    for (const r of scenario.regions)
      for (const f of scenario.index.playable)
        expect(holders.holds(view, holders.placeOf(r.id), f)).toBe(
          view.regions[r.id]?.control === f,
        );
    expect(holders.placeOf('no such region')).toBe(-1);
    expect(holders.holds(view, -1, 'mexico')).toBe(false);
  });

  it('follows a region changed in place, and starts over with another record of regions', () => {
    const holders = new Holders(scenario);
    const state = initialState(scenario, 1);
    const id = scenario.regions[0]!.id;
    const at = holders.placeOf(id);
    const view = viewFor(scenario, state, 'mexico');
    const holder = view.regions[id]!.control;
    const other = scenario.index.playable.find((f) => f !== holder)!;
    expect(holders.holds(view, at, holder)).toBe(true);
    // the engine changes a region's state in place
    state.regions[id]!.control = other;
    expect(holders.holds(viewFor(scenario, state, 'mexico'), at, other)).toBe(true);
    // another record, with other states: read afresh
    const copy: GameView = {
      ...view,
      regions: { ...view.regions, [id]: { control: holder, unrest: 0 } },
    };
    expect(holders.holds(copy, at, holder)).toBe(true);
  });
});
