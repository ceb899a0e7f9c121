// The source timeline against this game: canon events whose day came and went without them, and
// the list of every place the game left the canon.
import {
  tickName,
  turnOfTick,
  turnStartOf,
  turnTick,
  type GameState,
  type LogEntry,
  type Scenario,
} from '../../engine';
import { canonChoice, eventSentence, eventTitle } from '../story/sentences';
import type { ChronicleEntry, Divergence } from '../types';

/** Whether the events of `month` have been played in a game at `turn`, in `phase`: a month's
 *  events run once its orders are in, so the current month counts once it is past 'orders'. */
function hasPassed(
  scenario: Scenario,
  game: Pick<GameState, 'turn' | 'phase'>,
  month: number,
): boolean {
  const current = turnTick(scenario, game.turn);
  const turn = turnStartOf(scenario, month);
  return turn < current || (turn === current && game.phase !== 'orders');
}

/** Whether `viewer` may know of an event at all (null: the whole story). */
function mayKnow(scenario: Scenario, event: string, viewer: string | null): boolean {
  const def = scenario.index.event.get(event);
  if (!def || viewer === null || !def.hidden) return true;
  return (def.visibleTo ?? []).includes(viewer) || def.decider === viewer;
}

/** Canon events with a date that has passed in this game without them firing, as entries that
 *  say what the source timeline had on that day (and what was chosen there). A game that keeps
 *  to the canon has none: the canon policy must retell every dated canon event. */
export function missedCanonEvents(
  scenario: Scenario,
  game: Pick<GameState, 'turn' | 'phase'>,
  log: readonly LogEntry[],
  viewer: string | null,
  lang: string,
): ChronicleEntry[] {
  const fired = new Set(log.flatMap((e) => (e.kind === 'event' ? [e.event] : [])));
  const out: ChronicleEntry[] = [];
  for (const def of scenario.events) {
    if (!def.canon || def.date === null || fired.has(def.id)) continue;
    if (!hasPassed(scenario, game, def.date) || !mayKnow(scenario, def.id, viewer)) continue;
    out.push({
      kind: 'canon-missed',
      turn: turnOfTick(scenario, def.date),
      month: turnStartOf(scenario, def.date),
      day: def.day,
      date: tickName(scenario.calendar, def.date, def.day),
      id: def.id,
      option: null,
      faction: def.decider,
      target: null,
      repeat: null,
      title: eventTitle(scenario, def.id, lang),
      text: eventSentence(scenario, def.id, lang),
      source: canonChoice(scenario, def.id, lang),
    });
  }
  return out.sort((a, b) => a.month - b.month || (a.day ?? 0) - (b.day ?? 0));
}

/** Where a missed canon event goes among the game's entries: in its month, after what happened
 *  by its day, before the ending. */
function insertionPoint(entries: readonly ChronicleEntry[], m: ChronicleEntry): number {
  const i = entries.findIndex(
    (e) =>
      e.month > m.month ||
      (e.month === m.month && (e.kind === 'ending' || (e.day !== null && e.day > (m.day ?? 0)))),
  );
  return i < 0 ? entries.length : i;
}

/** The game's entries with the missed canon events put in their places by date. */
export function mergeMissed(
  entries: readonly ChronicleEntry[],
  missed: readonly ChronicleEntry[],
): ChronicleEntry[] {
  const out = entries.slice();
  for (const m of missed) out.splice(insertionPoint(out, m), 0, m);
  return out;
}

/** Every place the entries leave the source timeline, in the order of the chronicle. */
export function divergencesOf(entries: readonly ChronicleEntry[]): Divergence[] {
  const out: Divergence[] = [];
  for (const e of entries) {
    const at = { turn: e.turn, date: e.date };
    if (e.kind === 'canon-missed') out.push({ kind: 'canon-missed', ...at, event: e.id });
    else if (e.kind === 'choice' && e.source && e.option !== null)
      out.push({ kind: 'choice', ...at, event: e.id, chosen: e.option, canon: e.source.id });
    else if (e.kind === 'ending' && e.source)
      out.push({ kind: 'ending', ...at, chosen: e.id, canon: e.source.id });
  }
  return out;
}
