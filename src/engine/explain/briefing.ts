// What a faction is told of its game: at the start, a briefing (its aims, the endings it wants and
// those it fears, what ends the game); each month, the endings its view says are near.
import { DEFAULT_LANGUAGE } from '../format/texts';
import { believedFromView } from '../rules/month/routines';
import type { GameView } from '../rules/view/view';
import type { GameState, MonthIndex, Scenario } from '../types';
import { scoreBelieved } from './score';
import { hasText, text } from './words';

export interface BriefingEnding {
  readonly id: string;
  readonly title: string;
  /** What brings it about, in the author's words (`ending.<id>.how`), if written. */
  readonly how: string | null;
  /** How good it is for the faction, 0..100: the least it can be, and the most (the same, for a
   *  fixed score; an ending whose score is an expression of the game says how in its `how`). */
  readonly score: number;
  readonly upTo: number;
  /** Taken when the calendar runs out. */
  readonly fallback: boolean;
}

export interface Briefing {
  readonly faction: string;
  readonly name: string;
  /** The faction's aims, in the author's words (`faction.<id>.aims`), else its description. */
  readonly aims: string | null;
  /** Every ending, best for the faction first (ties: the likelier to be checked first). */
  readonly endings: readonly BriefingEnding[];
  /** Endings that can score at least 60 for it, and those that score at most 30. */
  readonly wants: readonly string[];
  readonly fears: readonly string[];
  /** The last month played; after it the fallback ending is taken. */
  readonly lastMonth: MonthIndex;
}

const WANT = 60;
const FEAR = 30;

/** The briefing of a faction: only the scenario's data, nothing of any game. */
export function briefing(scenario: Scenario, faction: string, lang = DEFAULT_LANGUAGE): Briefing {
  const optional = (key: string) =>
    hasText(scenario, key, lang) ? text(scenario, key, lang) : null;
  const endings = scenario.endings
    .map((e) => ({
      id: e.id,
      title: text(scenario, `ending.${e.id}.title`, lang),
      how: optional(`ending.${e.id}.how`),
      score: e.score[faction]?.low ?? 0,
      upTo: e.score[faction]?.high ?? 0,
      fallback: e.fallback,
    }))
    // `scenario.endings` is in priority order, and the sort is stable.
    .sort((a, b) => b.score + b.upTo - (a.score + a.upTo));
  return {
    faction,
    name: text(scenario, `faction.${faction}.name`, lang),
    aims: optional(`faction.${faction}.aims`) ?? optional(`faction.${faction}.description`),
    endings,
    wants: endings.filter((e) => e.upTo >= WANT).map((e) => e.id),
    fears: endings.filter((e) => e.upTo <= FEAR).map((e) => e.id),
    lastMonth: scenario.end,
  };
}

export interface EndingWarning {
  readonly ending: string;
  readonly title: string;
  /** The author's warning (`ending.<id>.warning`). */
  readonly text: string;
  /** Its score for the viewer were the game to end so now, as the viewer sees it. */
  readonly score: number;
}

/** The endings whose `warning` holds as the viewer sees the game: a function of its view alone
 *  (others' private tracks read as 0, hidden events as not fired). */
export function endingWarnings(
  scenario: Scenario,
  view: GameView,
  lang = DEFAULT_LANGUAGE,
): EndingWarning[] {
  if (view.phase === 'ended') return [];
  const believed = believedFromView(scenario, view) as GameState;
  const ctx = { scenario, state: believed, target: null };
  const out: EndingWarning[] = [];
  for (const e of scenario.endings)
    if (e.warning && e.warning.run(ctx))
      out.push({
        ending: e.id,
        title: text(scenario, `ending.${e.id}.title`, lang),
        text: text(scenario, `ending.${e.id}.warning`, lang),
        score: scoreBelieved(scenario, e, believed, view.viewer),
      });
  return out;
}
