// What a faction may know. Everything handed to a player, a front end or an AI policy goes
// through here: others' private tracks, flags kept from the faction, others' orders, hidden
// events and covert operations not yet exposed, and the random generator and the seed it
// starts from (which would tell every roll of the dice) are removed.
import { KnownChanges, type KnownChange } from './known-changes';
import { blindFor } from './secrecy';
import { hashedRecord } from '../state';
import { Mirror, mirrorLayout } from './mirror';
import type { GameState, LogEntry, OrderChoice, PendingChoice, Scenario } from '../../types';

export interface GameView extends Omit<
  GameState,
  | 'rng'
  | 'draws'
  | 'seed'
  | 'orders'
  | 'pending'
  | 'log'
  | 'tracks'
  | 'scheduled'
  | 'fired'
  | 'chosen'
  | 'changes'
> {
  readonly viewer: string;
  readonly tracks: Readonly<Record<string, number>>;
  /** The viewer's own orders this month; for the others, only whether they have given theirs. */
  readonly orders: Readonly<Record<string, readonly OrderChoice[] | 'given' | null>>;
  readonly pending: readonly PendingChoice[];
  readonly fired: Readonly<Record<string, readonly number[]>>;
  readonly chosen: Readonly<Record<string, string>>;
  readonly log: readonly LogEntry[];
  /** This month's and last month's changes to the figures the viewer sees: those whose cause it
   *  may know, then, per month and figure, one for all the rest. */
  readonly changes: readonly KnownChange[];
}

export type { KnownChange } from './known-changes';

const NO_CHANGES: readonly KnownChange[] = Object.freeze([]);

export function canSee(entry: LogEntry, faction: string): boolean {
  const visibleTo = (entry as { readonly visibleTo?: readonly string[] }).visibleTo;
  return visibleTo === undefined || visibleTo.includes(faction);
}

const NO_PENDING: readonly PendingChoice[] = Object.freeze([]);
const NO_ENTRIES: readonly LogEntry[] = Object.freeze([]);
const NO_CHOSEN: Readonly<Record<string, string>> = Object.freeze({});

/**
 * The last extensions made of a known history (log, fired or chosen), each with the new entries
 * it took in. Factions see almost all of a game alike and look at it one after the other, so a
 * faction that extends the same history with the same entries as another just did gets the copy
 * already made rather than one of its own. An extension depends only on what it extends and on
 * the entries added, so sharing it is always exact. (A few slots per kind, not a weak map: a weak
 * map's entries cost the garbage collector more than the copies they save.)
 */
class Extensions<T extends object> {
  private readonly prev: (T | null)[] = [null, null, null];
  private readonly added: (readonly LogEntry[])[] = [[], [], []];
  private readonly next: (T | null)[] = [null, null, null];
  private slot = 0;

  constructor(private readonly extend: (prev: T, added: readonly LogEntry[]) => T) {}

  of(prev: T, added: readonly LogEntry[]): T {
    for (let i = 0; i < 3; i++)
      if (this.prev[i] === prev && sameEntries(this.added[i]!, added)) return this.next[i]!;
    const next = this.extend(prev, added);
    this.slot = (this.slot + 1) % 3;
    this.prev[this.slot] = prev;
    this.added[this.slot] = added;
    this.next[this.slot] = next;
    return next;
  }
}

function sameEntries(a: readonly LogEntry[], b: readonly LogEntry[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// One copy of the whole log, made at its final length: a copy then pushed to grows its store
// and copies it all again (and the log a faction sees is the longest record a view holds).
function appendEntries(prev: readonly LogEntry[], added: readonly LogEntry[]): LogEntry[] {
  return prev.concat(added);
}

/** The events a faction knows have fired, in the order they first fired. */
type Fired = Readonly<Record<string, readonly number[]>>;

const NO_FIRED: Fired = Object.freeze({});

/** `prev` with the firings among `added`: a copy, or `prev` itself, added to, if `inPlace`. */
function addFirings(prev: Fired | null, added: readonly LogEntry[], inPlace = false): Fired {
  // A hash table: its keys come in a different order in every game (see hashedRecord).
  const record: Record<string, readonly number[]> =
    prev === null
      ? hashedRecord()
      : inPlace
        ? (prev as Record<string, readonly number[]>)
        : Object.assign(hashedRecord<readonly number[]>(), prev);
  for (const e of added)
    if (e.kind === 'event') {
      const turns = record[e.event];
      record[e.event] = turns ? [...turns, e.turn] : [e.turn];
    }
  return record;
}

const logExtensions = new Extensions<readonly LogEntry[]>(appendEntries);
const firedExtensions = new Extensions<Fired>(addFirings);
const chosenExtensions = new Extensions(addChoices);

function addChoices(
  prev: Readonly<Record<string, string>> | null,
  added: readonly LogEntry[],
  inPlace = false,
): Readonly<Record<string, string>> {
  const next: Record<string, string> =
    prev === null ? hashedRecord() : inPlace ? (prev as Record<string, string>) : { ...prev };
  for (const e of added) if (e.kind === 'choice') next[e.event] = e.option;
  return next;
}

export function viewFor(scenario: Scenario, state: GameState, faction: string): GameView {
  return makeViewer(scenario, faction)(state);
}

export interface ViewerOptions {
  /** Whether views carry the log and the month's changes the faction knows (default true). A
   *  simulation whose policy never reads them skips that work; its views then hold an empty log
   *  and no changes. The events known to have fired and the choices known to have been made
   *  are always kept: conditions read them, so legal actions worked out from the view depend
   *  on them. */
  readonly history?: boolean;
  /** Whether views carry the log the faction knows (default: as `history`). Without it, but
   *  with `history`, views hold an empty log and still the changes the faction knows: for a
   *  reader that takes the entries from the state's log itself as it grows (a server's frames
   *  send them as news), and would otherwise be handed a new copy of the whole known log at
   *  every new entry. */
  readonly log?: boolean;
  /** Whether each view is read only until the game next changes, and never kept (a simulation
   *  that looks, decides, then steps). The viewer then hands out one view, filled in again at
   *  each look, whose records of tracks and flags are changed in place (see mirror.ts); it
   *  keeps one record of the events the faction knows have fired and of the choices it knows
   *  were made, and adds to it in place, instead of handing out a new copy each time one is
   *  added; a faction that may know every event is handed the state's own. Between two views
   *  the game must change by the engine's steps alone (nothing else may write into the state). */
  readonly transient?: boolean;
}

/**
 * A viewer follows one game for one faction and filters only the log entries added since its
 * last call, so policies can look at the game every step without copying the whole log.
 */
export function makeViewer(
  scenario: Scenario,
  faction: string,
  { history = true, log: keepLog = history, transient = false }: ViewerOptions = {},
): (state: GameState) => GameView {
  const blind = blindFor(scenario, faction);
  // every firing and choice logged is one the faction may know: the state's records are its own
  const knowsAll = transient && blind.hiddenEvents.size === 0;
  // What the faction knows of the log, kept up as the log grows: the visible entries, and from
  // them the events it knows have fired and the choices it knows were made (every firing and
  // every choice is logged, and an event is visible to the same factions every time it fires).
  // Arrays and records handed out are never changed afterwards (unless `transient`): new ones
  // replace them.
  let seen = 0;
  let lastEntry: LogEntry | undefined;
  let visible: readonly LogEntry[] = NO_ENTRIES;
  let fired: Fired = NO_FIRED;
  let chosen: Readonly<Record<string, string>> = NO_CHOSEN;
  // the changes known, kept up as the record grows
  const known = history ? new KnownChanges(faction, blind.hiddenTracks) : null;
  // a transient viewer's tracks and flags, kept in place
  const mirror = transient
    ? new Mirror(mirrorLayout(scenario, faction), {
        tracks: blind.tracksShape,
        flags: blind.flagsShape,
      })
    : null;
  let tracks: Readonly<Record<string, number>> | null = null;
  let flags: Readonly<Record<string, boolean>> | null = null;
  const orders = new MaskedOrders(faction);
  // the view last handed out (a transient viewer hands out this one record again)
  let out: GameView | null = null;
  /** Takes in the entries of `log` past `seen`. */
  const readEntries = (log: readonly LogEntry[]): void => {
    let added: LogEntry[] | null = null;
    let events: LogEntry[] | null = null;
    let choices: LogEntry[] | null = null;
    if (keepLog)
      for (let i = seen; i < log.length; i++) {
        const e = log[i]!;
        if (!canSee(e, faction)) continue;
        (added ??= []).push(e);
        if (knowsAll) continue;
        if (e.kind === 'event') (events ??= []).push(e);
        else if (e.kind === 'choice') (choices ??= []).push(e);
      }
    else
      // only firings and choices are read: most entries are neither, and their kind tells it
      // before who may see them is looked up
      for (let i = seen; i < log.length; i++) {
        const e = log[i]!;
        const kind = e.kind;
        if (kind === 'event') {
          if (canSee(e, faction)) (events ??= []).push(e);
        } else if (kind === 'choice' && canSee(e, faction)) (choices ??= []).push(e);
      }
    if (added) visible = logExtensions.of(visible, added);
    if (transient) {
      if (events) fired = addFirings(fired === NO_FIRED ? null : fired, events, true);
      if (choices) chosen = addChoices(chosen === NO_CHOSEN ? null : chosen, choices, true);
    } else {
      if (events) fired = firedExtensions.of(fired, events);
      if (choices) chosen = chosenExtensions.of(chosen, choices);
    }
  };
  return (state) => {
    const changes = known ? known.read(state.changes) : NO_CHANGES;
    const log = state.log;
    if (seen > log.length || (seen > 0 && log[seen - 1] !== lastEntry)) {
      // another game, or an earlier point of this one: start over
      seen = 0;
      visible = NO_ENTRIES;
      fired = NO_FIRED;
      chosen = NO_CHOSEN;
    }
    if (seen < log.length) {
      // with no log kept and every firing and choice known, nothing of the entries is read
      if (keepLog || !knowsAll) readEntries(log);
      seen = log.length;
      lastEntry = log[seen - 1];
    }
    if (mirror) {
      mirror.follow(state);
      tracks = mirror.tracks;
      flags = mirror.flags;
    } else {
      // Flags and tracks are copied on write: while none of those it sees has changed, the
      // faction is handed the same record again (views are never changed once made).
      if (blind.flags) {
        let same = flags !== null;
        for (let i = 0; same && i < blind.flags.length; i++) {
          const id = blind.flags[i]!;
          same = flags![id] === (state.flags[id] === true);
        }
        if (!same) {
          const copy: Record<string, boolean> = { ...blind.flagsShape! };
          for (const id of blind.flags) copy[id] = state.flags[id] === true;
          flags = copy;
        }
      }
      let same = tracks !== null;
      for (let i = 0; same && i < blind.tracks.length; i++) {
        const id = blind.tracks[i]!;
        same = Object.is(tracks![id], state.tracks[id] ?? 0);
      }
      if (!same) {
        const copy: Record<string, number> = { ...blind.tracksShape };
        for (const id of blind.tracks) copy[id] = state.tracks[id] ?? 0;
        tracks = copy;
      }
    }
    const pending =
      state.pending.length === 0
        ? NO_PENDING
        : state.pending.filter((p) => p.faction === faction || !blind.hiddenEvents.has(p.event));
    // A transient view is read only until the next step: the one record is filled in again.
    // (Its members are written in the same order either way: the order of a view's keys is
    // that of its JSON.)
    const again = transient && out !== null;
    const v = (again ? out : {}) as Mutable<GameView>;
    v.scenario = state.scenario;
    v.turn = state.turn;
    v.phase = state.phase;
    v.flags = flags ?? state.flags;
    v.regions = state.regions;
    v.characters = state.characters;
    v.endingRequested = state.endingRequested;
    v.ending = state.ending;
    v.viewer = faction;
    v.tracks = tracks!;
    v.orders = orders.of(state.orders, again);
    v.fired = knowsAll ? state.fired : fired;
    v.chosen = knowsAll ? state.chosen : chosen;
    v.pending = pending;
    v.log = visible;
    v.changes = changes;
    return (out = v);
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

type Orders = GameState['orders'];
type Masked = Readonly<Record<string, readonly OrderChoice[] | 'given' | null>>;

/**
 * The month's orders as one faction may know them: its own, and for the others only whether they
 * have given theirs. That changes at every step of the orders phase, yet a faction looks when its
 * turn comes, at the same point of every month: the record made last time is handed out again
 * while it still tells the truth (records handed out are never changed, but by a transient
 * viewer, whose views are read only until the next step).
 */
class MaskedOrders {
  private last: Masked | null = null;
  /** The keys of `last`, in their order. */
  private readonly keys: string[] = [];

  constructor(private readonly faction: string) {}

  /** The masked record of `orders`; with `inPlace` (views read only until the next step), the
   *  last one handed out, its values written again, where the keys are the same. */
  of(orders: Orders, inPlace = false): Masked {
    if (this.last !== null && this.tells(orders)) return this.last;
    if (inPlace && this.last !== null && this.sameKeys(orders)) {
      const last = this.last as Record<string, readonly OrderChoice[] | 'given' | null>;
      for (const f in orders) {
        const o = orders[f]!;
        last[f] = f === this.faction || o === null ? o : 'given';
      }
      return last;
    }
    // A copy of the state's record keeps its shape; others' orders are then masked in place.
    const masked: Record<string, readonly OrderChoice[] | 'given' | null> = { ...orders };
    this.keys.length = 0;
    for (const f in masked) {
      this.keys.push(f);
      if (f !== this.faction && masked[f] !== null) masked[f] = 'given';
    }
    this.last = masked;
    return masked;
  }

  /** Whether `orders` has the keys of `last`, in the same order. */
  private sameKeys(orders: Orders): boolean {
    const keys = this.keys;
    let i = 0;
    for (const f in orders) if (keys[i++] !== f || orders[f] === undefined) return false;
    return i === keys.length;
  }

  /** Whether `last` is what `orders` would be masked into: the same keys in the same order, and
   *  the same values. */
  private tells(orders: Orders): boolean {
    const last = this.last!;
    const keys = this.keys;
    let i = 0;
    for (const f in orders) {
      const o = orders[f];
      if (keys[i++] !== f || o === undefined) return false;
      if (last[f] !== (f === this.faction || o === null ? o : 'given')) return false;
    }
    return i === keys.length;
  }
}
