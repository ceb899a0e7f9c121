// Who holds each region, as the priority bot reads it at every option that stirs unrest: by the
// region's place in the scenario's list rather than by its name. The states of the regions are
// read from the last record of regions seen: the engine changes a region's state in place, never
// swapping it for another (as the legal actions kept up read them, orders/maintained.ts), so the
// state read once holds the region's holder for as long as the record is the same.
import type { GameView, Scenario } from '../../engine';

type RegionState = GameView['regions'][string];

export class Holders {
  private readonly ids: readonly string[];
  private readonly place: ReadonlyMap<string, number>;
  private regions: GameView['regions'] | null = null;
  /** Each region's state in `regions`, once read (`null`: not yet). */
  private readonly states: (RegionState | undefined | null)[];

  constructor(scenario: Scenario) {
    this.ids = scenario.regions.map((r) => r.id);
    this.place = new Map(this.ids.map((id, i) => [id, i]));
    this.states = this.ids.map(() => null);
  }

  /** The place of region `id`, -1 for a name that is no region. */
  placeOf(id: string): number {
    return this.place.get(id) ?? -1;
  }

  /** Whether `faction` holds the region at place `at` in the view (never at -1): what
   *  `view.regions[id]?.control === faction` reads. */
  holds(view: GameView, at: number, faction: string): boolean {
    if (at < 0) return false;
    if (view.regions !== this.regions) {
      this.regions = view.regions;
      this.states.fill(null);
    }
    let state = this.states[at];
    if (state === null) state = this.states[at] = view.regions[this.ids[at]!];
    return state?.control === faction;
  }
}
