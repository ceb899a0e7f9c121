// The month's changes, cause by cause: as the rules apply an effect they note here what each
// figure actually moved and why, with who may know it. The rules never read this record; it is
// kept so that "why" can show a figure's change as the sum of its named causes.
import { readsHidden } from '../view/secrecy';
import type { Cause, Change, GameState, Scenario } from '../../types';

/** What the step is applying now, and which factions may know it (null: all). */
export interface Cursor {
  cause: Cause | null;
  visibleTo: readonly string[] | null;
}

const seersCache = new WeakMap<Scenario, Map<string, readonly string[] | null>>();

/** The factions that may know the value of an expression: null when all may. */
function seers(scenario: Scenario, expr: { readonly source: string }): readonly string[] | null {
  let cache = seersCache.get(scenario);
  if (!cache) seersCache.set(scenario, (cache = new Map()));
  let list = cache.get(expr.source);
  if (list === undefined) {
    const all = scenario.factions.map((f) => f.id);
    const some = all.filter((f) => !readsHidden(scenario, f, expr));
    list = some.length === all.length ? null : some;
    cache.set(expr.source, list);
  }
  return list;
}

// States whose record of changes nobody reads (a headless campaign's, a search's playouts): the
// engine notes nothing in it. A copy of such a state keeps its record again.
const unrecorded = new WeakSet<GameState>();

/** From now on the engine keeps no record of changes for `state`, which starts empty: for
 *  games played where nothing reads it. The game itself is the same, bit for bit: the rules
 *  never read the record. */
export function keepNoChanges(state: GameState): void {
  unrecorded.add(state);
  state.changes = [];
}

/** Whether the engine keeps `state`'s record of changes. */
export function keepsChanges(state: GameState): boolean {
  return !unrecorded.has(state);
}

/** Who may know a change that also depends on `expr`: those who may know both. */
export function narrowed(
  scenario: Scenario,
  visibleTo: readonly string[] | null,
  expr: { readonly source: string; readonly constant?: number | null },
): readonly string[] | null {
  if (expr.constant !== undefined && expr.constant !== null) return visibleTo;
  const by = seers(scenario, expr);
  if (by === null) return visibleTo;
  if (visibleTo === null) return by;
  return visibleTo.filter((f) => by.includes(f));
}

export function record(
  state: GameState,
  at: Cursor,
  figure: string,
  delta: number,
  visibleTo: readonly string[] | null = at.visibleTo,
): void {
  if (delta === 0 || at.cause === null) return;
  state.changes.push(
    visibleTo === null
      ? { turn: state.turn, figure, delta, cause: at.cause }
      : { turn: state.turn, figure, delta, cause: at.cause, visibleTo },
  );
}

/** At the turn of a month: only this month's changes and last month's are kept. */
export function prune(state: GameState): void {
  const from = state.turn - 1;
  const changes = state.changes;
  if (!changes.length || changes[0]!.turn >= from) return;
  // The engine notes changes month by month, so those to drop come first: the rest is cut off
  // them whole, unless (a state made by hand) an older one comes later.
  let first = 1;
  while (first < changes.length && changes[first]!.turn < from) first++;
  for (let i = first; i < changes.length; i++)
    if (changes[i]!.turn < from) {
      state.changes = changes.filter((c) => c.turn >= from);
      return;
    }
  state.changes = changes.slice(first);
}

/** Once orders resolve, what a faction paid for an order others may know of is no longer its
 *  secret: the cost it paid when giving the order is told with the order. Costs are all noted
 *  before the month's orders resolve, so only the changes before `before` (by default all)
 *  are looked at. */
export function disclose(
  state: GameState,
  faction: string,
  order: string,
  before = state.changes.length,
): void {
  let copied = false;
  for (let i = Math.min(before, state.changes.length) - 1; i >= 0; i--) {
    const c = state.changes[i]!;
    if (c.turn !== state.turn) break;
    if (
      c.visibleTo &&
      c.cause.kind === 'cost' &&
      c.cause.faction === faction &&
      c.cause.order === order
    ) {
      // a new list and entry: states copied from this one share them, and views know a list
      // by its identity and length
      if (!copied) state.changes = state.changes.slice();
      copied = true;
      state.changes[i] = { turn: c.turn, figure: c.figure, delta: c.delta, cause: c.cause };
    }
  }
}

/** The changes noted from `from` on become `faction`'s alone (of those who could know them). */
export function keepTo(state: GameState, from: number, faction: string): void {
  const own: readonly string[] = [faction];
  for (let i = from; i < state.changes.length; i++) {
    const c = state.changes[i]!;
    const visibleTo = !c.visibleTo ? own : c.visibleTo.includes(faction) ? own : [];
    // entries noted in this step, in a list this state alone holds: replaced where they are
    state.changes[i] = {
      turn: c.turn,
      figure: c.figure,
      delta: c.delta,
      cause: c.cause,
      visibleTo,
    };
  }
}

export type { Change };
