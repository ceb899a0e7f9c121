// buildChronicle: a game's log becomes the chronicle's data, dated entries grouped into acts,
// with the places it leaves the source timeline marked.
import { canSee, text, type GameState, type LogEntry, type Scenario } from '../../engine';
import { divergencesOf, mergeMissed, missedCanonEvents } from '../canon/canon';
import { entryOf } from './entries';
import { foldRepeats } from './fold';
import { summaryOf } from './summary';
import type { Chronicle, ChronicleAct, ChronicleEntry } from '../types';

export interface ChronicleOptions {
  /** Tell the story as this faction knows it: only the log entries it may see. */
  readonly viewer?: string;
  /** The language of the texts (falls back to English key by key). */
  readonly lang?: string;
  /** Tell an order (or exposure) repeated within an act once, with how often (default true);
   *  false tells every one. */
  readonly fold?: boolean;
}

/** What the chronicle reads of a game: a full state, or a faction's view of it (whose `viewer`
 *  is then used unless the options name another) with the game's seed, which views leave out. */
export type ChronicleGame = Pick<GameState, 'seed' | 'turn' | 'phase' | 'ending'> & {
  readonly log: readonly LogEntry[];
  readonly viewer?: string;
};

/** Entries grouped under the last act that starts on or before their month; acts with no entry
 *  are left out. Entries before the first act belong to it. */
function groupIntoActs(
  scenario: Scenario,
  entries: readonly ChronicleEntry[],
  lang: string,
  fold: boolean,
): ChronicleAct[] {
  const told = (list: readonly ChronicleEntry[]) =>
    fold ? foldRepeats(scenario, list, lang) : list;
  const acts = [...scenario.acts].sort((a, b) => a.from - b.from);
  if (acts.length === 0)
    return entries.length
      ? [
          {
            id: scenario.id,
            title: text(scenario, 'scenario.title', lang),
            from: scenario.start,
            entries: told(entries),
          },
        ]
      : [];
  const groups = acts.map(() => [] as ChronicleEntry[]);
  for (const e of entries) {
    let i = 0;
    acts.forEach((a, j) => {
      if (a.from <= e.month) i = j;
    });
    groups[i]!.push(e);
  }
  return acts
    .map((a, i) => ({
      id: a.id,
      title: text(scenario, `act.${a.id}.title`, lang),
      from: a.from,
      entries: told(groups[i]!),
    }))
    .filter((a) => a.entries.length > 0);
}

/** The log records a month's choices after all of its events; the chronicle tells each choice
 *  right after the event that asked for it (and after any choice already made on it). */
export function choicesAfterTheirEvents(entries: readonly ChronicleEntry[]): ChronicleEntry[] {
  const out: ChronicleEntry[] = [];
  for (const e of entries) {
    let at = out.length;
    if (e.kind === 'choice')
      for (let i = out.length - 1; i >= 0 && out[i]!.month === e.month; i--) {
        const o = out[i]!;
        if (o.id === e.id && (o.kind === 'event' || o.kind === 'choice')) {
          at = i + 1;
          break;
        }
      }
    out.splice(at, 0, e);
  }
  return out;
}

export function buildChronicle(
  scenario: Scenario,
  game: ChronicleGame,
  opts: ChronicleOptions = {},
): Chronicle {
  const lang = opts.lang ?? 'en';
  const viewer = opts.viewer ?? game.viewer ?? null;
  const log = viewer === null ? game.log : game.log.filter((e) => canSee(e, viewer));
  const played = choicesAfterTheirEvents(log.flatMap((e) => entryOf(scenario, e, lang) ?? []));
  const entries = mergeMissed(played, missedCanonEvents(scenario, game, log, viewer, lang));
  const divergences = divergencesOf(entries);
  return {
    scenario: scenario.id,
    title: text(scenario, 'scenario.title', lang),
    seed: game.seed,
    viewer,
    lang,
    summary: summaryOf(scenario, game.seed, viewer, entries, divergences, lang),
    ending: game.ending,
    acts: groupIntoActs(scenario, entries, lang, opts.fold ?? true),
    divergences,
    canon: divergences.length === 0,
  };
}

/** Every entry of a chronicle, act after act. */
export function chronicleEntries(ch: Chronicle): ChronicleEntry[] {
  return ch.acts.flatMap((a) => a.entries);
}
