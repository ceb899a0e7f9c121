// What a faction may know. Everything handed to a player, a front end or an AI policy goes
// through here: others' private tracks, others' orders, hidden events and covert operations
// not yet exposed, and the random generator are removed.
import type { GameState, LogEntry, OrderChoice, PendingChoice, Scenario } from './types';

export interface GameView extends Omit<
  GameState,
  'rng' | 'draws' | 'orders' | 'pending' | 'log' | 'tracks' | 'scheduled' | 'fired' | 'chosen'
> {
  readonly viewer: string;
  readonly tracks: Readonly<Record<string, number>>;
  /** The viewer's own orders this month; for the others, only whether they have given theirs. */
  readonly orders: Readonly<Record<string, readonly OrderChoice[] | 'given' | null>>;
  readonly pending: readonly PendingChoice[];
  readonly fired: Readonly<Record<string, readonly number[]>>;
  readonly chosen: Readonly<Record<string, string>>;
  readonly log: readonly LogEntry[];
}

export function canSee(entry: LogEntry, faction: string): boolean {
  const visibleTo = (entry as { readonly visibleTo?: readonly string[] }).visibleTo;
  return visibleTo === undefined || visibleTo.includes(faction);
}

/** What a faction can never see in a scenario, worked out once. */
interface Blind {
  readonly tracks: readonly string[];
  /** Those tracks, all at 0: a view's tracks start as a copy of it, so that every view of the
   *  faction has one shape and filling it in never adds a property. */
  readonly tracksShape: Readonly<Record<string, number>>;
  readonly hiddenEvents: ReadonlySet<string>;
}

const NO_PENDING: readonly PendingChoice[] = Object.freeze([]);

const blindness = new WeakMap<Scenario, Map<string, Blind>>();

function blindFor(scenario: Scenario, faction: string): Blind {
  let byFaction = blindness.get(scenario);
  if (!byFaction) blindness.set(scenario, (byFaction = new Map()));
  let blind = byFaction.get(faction);
  if (!blind) {
    const tracks = scenario.tracks
      .filter((t) => !t.private || t.owner === faction)
      .map((t) => t.id);
    blind = {
      tracks,
      tracksShape: Object.fromEntries(tracks.map((id) => [id, 0])),
      hiddenEvents: new Set(
        scenario.events
          .filter((e) => e.hidden && !e.visibleTo?.includes(faction) && e.decider !== faction)
          .map((e) => e.id),
      ),
    };
    byFaction.set(faction, blind);
  }
  return blind;
}

export function viewFor(scenario: Scenario, state: GameState, faction: string): GameView {
  return makeViewer(scenario, faction)(state);
}

/**
 * A viewer follows one game for one faction and filters only the log entries added since its
 * last call, so policies can look at the game every step without copying the whole log.
 */
export function makeViewer(scenario: Scenario, faction: string): (state: GameState) => GameView {
  const blind = blindFor(scenario, faction);
  // What the faction knows of the log, kept up as the log grows: the visible entries, and from
  // them the events it knows have fired and the choices it knows were made (every firing and
  // every choice is logged). Arrays and records handed out are never changed afterwards: new
  // ones replace them.
  let seen = 0;
  let lastEntry: LogEntry | undefined;
  let visible: readonly LogEntry[] = [];
  let fired: Readonly<Record<string, readonly number[]>> = {};
  let chosen: Readonly<Record<string, string>> = {};
  return (state) => {
    const log = state.log;
    if (seen > log.length || (seen > 0 && log[seen - 1] !== lastEntry)) {
      // another game, or an earlier point of this one: start over
      seen = 0;
      visible = [];
      fired = {};
      chosen = {};
    }
    if (seen < log.length) {
      let visibleNext: LogEntry[] | null = null;
      let firedNext: Record<string, readonly number[]> | null = null;
      let chosenNext: Record<string, string> | null = null;
      for (let i = seen; i < log.length; i++) {
        const e = log[i]!;
        if (!canSee(e, faction)) continue;
        (visibleNext ??= visible.slice()).push(e);
        if (e.kind === 'event') (firedNext ??= { ...fired })[e.event] = state.fired[e.event] ?? [];
        else if (e.kind === 'choice') (chosenNext ??= { ...chosen })[e.event] = e.option;
      }
      if (visibleNext) visible = visibleNext;
      if (firedNext) fired = firedNext;
      if (chosenNext) chosen = chosenNext;
      seen = log.length;
      lastEntry = log[seen - 1];
    }
    const tracks: Record<string, number> = { ...blind.tracksShape };
    for (const id of blind.tracks) tracks[id] = state.tracks[id] ?? 0;
    // A copy of the state's record keeps its shape; others' orders are then masked in place.
    const orders: Record<string, readonly OrderChoice[] | 'given' | null> = { ...state.orders };
    for (const f in orders) if (f !== faction && orders[f] !== null) orders[f] = 'given';
    return {
      scenario: state.scenario,
      seed: state.seed,
      turn: state.turn,
      phase: state.phase,
      flags: state.flags,
      regions: state.regions,
      characters: state.characters,
      endingRequested: state.endingRequested,
      ending: state.ending,
      viewer: faction,
      tracks,
      orders,
      fired,
      chosen,
      pending:
        state.pending.length === 0
          ? NO_PENDING
          : state.pending.filter((p) => p.faction === faction || !blind.hiddenEvents.has(p.event)),
      log: visible,
    };
  };
}
