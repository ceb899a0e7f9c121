// What a faction may know. Everything handed to a player, a front end or an AI policy goes
// through here: others' private tracks, others' orders, hidden events and covert operations
// not yet exposed, and the random generator are removed.
import type { GameState, LogEntry, OrderChoice, PendingChoice, Scenario } from './types';

export interface GameView extends Omit<GameState, 'rng' | 'orders' | 'pending' | 'log' | 'tracks' | 'scheduled'> {
  readonly viewer: string;
  readonly tracks: Readonly<Record<string, number>>;
  /** The viewer's own orders this month; for the others, only whether they have given theirs. */
  readonly orders: Readonly<Record<string, readonly OrderChoice[] | 'given' | null>>;
  readonly pending: readonly PendingChoice[];
  readonly log: readonly LogEntry[];
}

export function canSee(entry: LogEntry, faction: string): boolean {
  return !('visibleTo' in entry) || entry.visibleTo === undefined || entry.visibleTo.includes(faction);
}

export function viewFor(scenario: Scenario, state: GameState, faction: string): GameView {
  const tracks: Record<string, number> = {};
  for (const t of scenario.tracks) if (!t.private || t.owner === faction) tracks[t.id] = state.tracks[t.id] ?? 0;
  const orders: Record<string, readonly OrderChoice[] | 'given' | null> = {};
  for (const [f, o] of Object.entries(state.orders)) orders[f] = f === faction ? o : o === null ? null : 'given';
  const log = state.log.filter((e) => canSee(e, faction));
  const fired: Record<string, number[]> = {};
  const chosen: Record<string, string> = {};
  for (const [id, turns] of Object.entries(state.fired)) {
    const e = scenario.index.event.get(id);
    if (!e?.hidden || e.visibleTo?.includes(faction) || e.decider === faction) {
      fired[id] = turns;
      if (id in state.chosen) chosen[id] = state.chosen[id]!;
    }
  }
  const { rng: _rng, scheduled: _scheduled, ...rest } = state;
  return {
    ...rest,
    viewer: faction,
    tracks,
    orders,
    fired,
    chosen,
    pending: state.pending.filter((p) => p.faction === faction || p.event in fired),
    log,
  };
}
