// Creating and copying game states.
import { turnTick } from '../calendar';
import { seedRng } from '../rng';
import type { GameState, Scenario } from '../types';

/**
 * An empty record for what the rules look up by name many times a step: tracks, flags, regions,
 * characters, the events that fired and the choices made. V8 reads a key that varies from call
 * to call about twice as fast from a hash table as from an object with hidden classes, and ten
 * times as fast once keys arrive in a different order in every game (events fire in any order),
 * which gives such objects thousands of hidden classes. Deleting a property that is not the last
 * turns an object into a hash table for good; it stays a plain object to every reader.
 */
export function hashedRecord<T>(): Record<string, T> {
  const record: Record<string, unknown> = { first: 0, second: 0 };
  delete record.first;
  delete record.second;
  return record as Record<string, T>;
}

/** The state on the scenario's first month, before anyone has given orders. */
export function initialState(scenario: Scenario, seed: number): GameState {
  // (loops by index: this runs once a campaign, often before it is optimised, where a loop over
  // an iterator makes garbage at every turn)
  const tracks = hashedRecord<number>();
  const t = scenario.tracks;
  for (let i = 0; i < t.length; i++) tracks[t[i]!.id] = t[i]!.initial;
  const flags = hashedRecord<boolean>();
  const f = scenario.flags;
  for (let i = 0; i < f.length; i++) flags[f[i]!.id] = f[i]!.initial;
  const regions: GameState['regions'] = hashedRecord();
  const r = scenario.regions;
  for (let i = 0; i < r.length; i++)
    regions[r[i]!.id] = { control: r[i]!.control, unrest: r[i]!.unrest };
  const characters: GameState['characters'] = hashedRecord();
  const c = scenario.characters;
  for (let i = 0; i < c.length; i++)
    characters[c[i]!.id] = { health: c[i]!.health, alive: c[i]!.health > 0 };
  const orders: GameState['orders'] = {};
  const playable = scenario.index.playable;
  for (let i = 0; i < playable.length; i++) orders[playable[i]!] = null;
  return {
    scenario: scenario.id,
    seed,
    turn: 0,
    phase: 'orders',
    tracks,
    flags,
    regions,
    characters,
    fired: hashedRecord(),
    chosen: hashedRecord(),
    scheduled: [],
    pending: [],
    orders,
    endingRequested: null,
    ending: null,
    rng: seedRng(seed),
    draws: 0,
    log: [],
    changes: [],
  };
}

/** A copy deep enough that changing it never changes `s`. Arrays inside `fired` are shared and
 *  replaced, never mutated, by the engine. */
export function cloneState(s: GameState): GameState {
  const regions: GameState['regions'] = hashedRecord();
  for (const k in s.regions) {
    const r = s.regions[k]!;
    regions[k] = { control: r.control, unrest: r.unrest };
  }
  const characters: GameState['characters'] = hashedRecord();
  for (const k in s.characters) {
    const c = s.characters[k]!;
    characters[k] = { health: c.health, alive: c.alive };
  }
  return {
    ...s,
    tracks: Object.assign(hashedRecord<number>(), s.tracks),
    flags: Object.assign(hashedRecord<boolean>(), s.flags),
    regions,
    characters,
    fired: Object.assign(hashedRecord<number[]>(), s.fired),
    chosen: Object.assign(hashedRecord<string>(), s.chosen),
    scheduled: s.scheduled.slice(),
    pending: s.pending.slice(),
    orders: { ...s.orders },
    rng: s.rng.slice(),
    log: s.log.slice(),
    // a state kept before the record of changes was (a server's snapshot) starts it empty
    changes: (s.changes ?? []).slice(),
  };
}

/** The first tick of the turn a state is in (its month index, in a monthly scenario). */
export function monthOf(scenario: Scenario, state: GameState): number {
  return turnTick(scenario, state.turn);
}
