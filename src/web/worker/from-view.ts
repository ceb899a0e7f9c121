// The page's model of a game it holds only a view of: an online seat (the server sends the view)
// or a hot-seat seat. Worked out from that view alone; the history of figures is what this seat
// has been shown, month by month.
import { reportStart, viewFor, type GameState, type GameView, type Scenario } from '../../engine';
import { buildChronicle, chronicleHtml, chronicleMarkdown } from '../../chronicle';
import type { ChronicleModel, HistoryPoint, TurnModel } from '../protocol';
import { newsItems } from './news';
import {
  briefingModel,
  warningModels,
  dateOf,
  decisionModel,
  endingModel,
  orderModels,
  newsTitle,
  peopleModels,
  regionModels,
  trackModels,
} from './turn-model';

/** Adds the view's figures to a seat's history when a month begins (or the game ends). */
export function recordPoint(scenario: Scenario, history: HistoryPoint[], view: GameView): void {
  const last = history[history.length - 1];
  if (last && last.turn === view.turn && view.phase !== 'ended') return;
  if (last && last.turn === view.turn && view.phase === 'ended') history.pop();
  history.push({ turn: view.turn, date: dateOf(scenario, view.turn), tracks: { ...view.tracks } });
}

export function modelFromView(
  scenario: Scenario,
  view: GameView,
  faction: string,
  players: Readonly<Record<string, string>>,
  history: readonly HistoryPoint[],
): TurnModel {
  return {
    seed: 0,
    human: faction,
    players,
    turn: view.turn,
    date: dateOf(scenario, view.turn),
    phase: view.phase,
    tracks: trackModels(scenario, view),
    regions: regionModels(scenario, view),
    people: peopleModels(scenario, view),
    // an observer (no faction) gives no orders and takes no decisions
    orders: faction === '' ? null : orderModels(scenario, view),
    decision: faction === '' ? null : decisionModel(scenario, view),
    news: newsItems(scenario, view.log.slice(reportStart(view)), faction),
    newsTitle: newsTitle(scenario, view),
    ending: endingModel(scenario, view),
    // the server (or the other seats) hold the record: no undo, no forks
    undoable: 0,
    history,
    decisions: [],
    briefing: briefingModel(scenario, view),
    warnings: warningModels(scenario, view),
  };
}

/** The chronicle from a view, or from the whole state once a game is over and revealed. */
export function chronicleFrom(scenario: Scenario, of: GameView | GameState): ChronicleModel {
  const chronicle = buildChronicle(scenario, {
    seed: 'seed' in of ? of.seed : 0,
    turn: of.turn,
    phase: of.phase,
    ending: of.ending,
    log: of.log,
  });
  return { chronicle, markdown: chronicleMarkdown(chronicle), html: chronicleHtml(chronicle) };
}

/** Every faction's figures, secrets included, from the whole state of an ended game. */
export function revealAll(scenario: Scenario, state: GameState) {
  return scenario.index.playable.map((f) => ({
    faction: f,
    tracks: trackModels(scenario, viewFor(scenario, state, f)).filter(
      (t) => scenario.tracks.find((d) => d.id === t.id)?.owner === f,
    ),
  }));
}
