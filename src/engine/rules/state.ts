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
  const tracks = hashedRecord<number>();
  for (const t of scenario.tracks) tracks[t.id] = t.initial;
  const flags = hashedRecord<boolean>();
  for (const f of scenario.flags) flags[f.id] = f.initial;
  const regions: GameState['regions'] = hashedRecord();
  for (const r of scenario.regions) regions[r.id] = { control: r.control, unrest: r.unrest };
  const characters: GameState['characters'] = hashedRecord();
  for (const c of scenario.characters) characters[c.id] = { health: c.health, alive: c.health > 0 };
  const orders: GameState['orders'] = {};
  for (const f of scenario.index.playable) orders[f] = null;
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
    changes: s.changes.slice(),
  };
}

/** The first tick of the turn a state is in (its month index, in a monthly scenario). */
export function monthOf(scenario: Scenario, state: GameState): number {
  return turnTick(scenario, state.turn);
}
