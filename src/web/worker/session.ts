// A game as the worker holds it: the scenario, the game so far, who plays what, and what the
// player has already been shown. Pure: no DOM, no worker API, so it is tested in Node.
import { POLICIES, parsePolicy, type Policy } from '../../ai';
import {
  generatorFrom,
  legalActions,
  loadSave,
  newGame,
  parseSave,
  play,
  reportStart,
  saveGame,
  seedRng,
  text,
  turnCount,
  turnsUnit,
  viewFor,
  waitingFor,
  type Action,
  type Game,
  type Generator,
  type Result,
  type Scenario,
} from '../../engine';
import { buildChronicle, chronicleHtml, chronicleMarkdown } from '../../chronicle';
import { newsItems } from './news';
import type {
  ChronicleModel,
  HistoryPoint,
  NewGameSpec,
  PastDecision,
  ScenarioInfo,
  TurnModel,
  Update,
} from '../protocol';
import {
  dateOf,
  decisionModel,
  endingModel,
  orderModels,
  newsTitle,
  peopleModels,
  regionModels,
  trackModels,
  briefingModel,
  warningModels,
} from './turn-model';

export interface WebSession {
  readonly scenario: Scenario;
  game: Game;
  readonly human: string;
  readonly policies: Readonly<Record<string, Policy>>;
  rngs: Map<string, Generator>;
  /** The player's visible tracks at the start of each month. */
  history: HistoryPoint[];
}

/** The policies offered for an opponent, easiest first, with their labels. */
const POLICY_LABELS: Readonly<Record<string, string>> = {
  random: 'Easy — plays at random',
  priority: 'Normal — a bot with its own priorities',
  search: 'Hard — plays out possible futures before it acts',
  canon: 'Historical — follows the source timeline',
  passive: 'Passive — gives no orders',
};

export function scenarioInfo(scenario: Scenario): ScenarioInfo {
  return {
    id: scenario.id,
    title: text(scenario, 'scenario.title'),
    summary: text(scenario, 'scenario.summary'),
    months: turnCount(scenario),
    turnUnit: scenario.calendar.length === 1 ? scenario.calendar.unit : 'turn',
    turnsUnit: turnsUnit(scenario.calendar),
    factions: scenario.factions.map((f) => ({
      id: f.id,
      name: text(scenario, `faction.${f.id}.name`),
      description: text(scenario, `faction.${f.id}.description`),
      color: f.color ?? '#888888',
      playable: f.playable,
      ordersPerTurn: f.ordersPerTurn,
    })),
    regions: scenario.regions.map((r) => ({
      id: r.id,
      name: text(scenario, `region.${r.id}.name`),
      lat: r.lat,
      lon: r.lon,
      country: r.country,
      tags: r.tags,
    })),
    ...(scenario.map ? { mapCountries: scenario.map.countries } : {}),
    policies: Object.keys(POLICY_LABELS)
      .filter(
        (name) =>
          POLICIES.has(name) && (!['priority', 'search'].includes(name) || scenario.ai.length > 0),
      )
      .map((name) => ({ name, label: POLICY_LABELS[name]! })),
  };
}

function rngsFor(scenario: Scenario, game: Game): Map<string, Generator> {
  // Each AI has a generator of its own, seeded afresh on load or fork (the past is in the actions).
  const rngs = new Map<string, Generator>();
  scenario.index.playable.forEach((f, i) =>
    rngs.set(
      f,
      generatorFrom(seedRng((game.seed ^ Math.imul(0x9e3779b9, i + 1) ^ game.actions.length) | 0)),
    ),
  );
  return rngs;
}

function point(s: Pick<WebSession, 'scenario' | 'human'>, game: Game): HistoryPoint {
  return {
    turn: game.state.turn,
    date: dateOf(s.scenario, game.state.turn),
    tracks: { ...viewFor(s.scenario, game.state, s.human).tracks },
  };
}

/** Plays one action, keeping the history in step. */
function apply(s: WebSession, action: Action): Result<null, string> {
  const r = play(s.game, action);
  if (!r.ok) return { ok: false, error: r.error };
  const before = s.game.state.turn;
  s.game = r.value.game;
  if (s.game.state.turn !== before || s.game.state.phase === 'ended')
    s.history.push(point(s, s.game));
  return { ok: true, value: null };
}

/** Lets the computer act for every faction it plays until the player has to act or the game ends. */
export function advance(s: WebSession): void {
  for (let guard = 0; guard < 10_000 && s.game.state.phase !== 'ended'; guard++) {
    const ai = waitingFor(s.scenario, s.game.state).find((f) => f !== s.human);
    if (ai === undefined) return;
    const view = viewFor(s.scenario, s.game.state, ai);
    const action = s.policies[ai]!.decide(
      s.scenario,
      view,
      legalActions(s.scenario, view),
      s.rngs.get(ai)!,
    );
    const r = apply(s, action);
    if (!r.ok)
      throw new Error(
        `policy ${s.policies[ai]!.name} for ${ai} chose an illegal action (${r.error})`,
      );
  }
}

/** Who plays each other faction; a name out of bounds (a save's or the page's) is refused. */
function policiesFrom(
  scenario: Scenario,
  human: string,
  names: Readonly<Record<string, string>>,
): Result<Record<string, Policy>, string> {
  const out: Record<string, Policy> = {};
  const tracks = scenario.tracks.map((t) => t.id);
  for (const f of scenario.index.playable)
    if (f !== human) {
      const r = parsePolicy(Object.hasOwn(names, f) ? names[f]! : 'random', tracks);
      if (!r.ok) return { ok: false, error: `${f}: ${r.error}` };
      out[f] = r.value;
    }
  return { ok: true, value: out };
}

/** A session over the game that `actions` lead to, replayed so its history is known. */
function sessionFromActions(
  scenario: Scenario,
  seed: number,
  actions: readonly Action[],
  human: string,
  policies: Readonly<Record<string, Policy>>,
): Result<WebSession, string> {
  const game = newGame(scenario, seed);
  const s: WebSession = {
    scenario,
    game,
    human,
    policies,
    rngs: new Map(),
    history: [],
  };
  s.history.push(point(s, game));
  for (let i = 0; i < actions.length; i++) {
    const r = apply(s, actions[i]!);
    if (!r.ok)
      return {
        ok: false,
        error: `action ${i + 1} of ${actions.length} no longer fits the game (${r.error})`,
      };
  }
  s.rngs = rngsFor(scenario, s.game);
  advance(s);
  return { ok: true, value: s };
}

export function newSession(scenario: Scenario, spec: NewGameSpec): Result<WebSession, string> {
  if (!scenario.index.playable.includes(spec.faction))
    return { ok: false, error: `${spec.faction} is not a playable faction` };
  if (!Number.isInteger(spec.seed)) return { ok: false, error: 'the seed must be a whole number' };
  const policies = policiesFrom(scenario, spec.faction, spec.policies);
  if (!policies.ok) return policies;
  return sessionFromActions(scenario, spec.seed, [], spec.faction, policies.value);
}

/** A session from a save's text; a corrupt or foreign save gets a message and changes nothing.
 *  `notices` is what the player should be told of a save that loads (a changed scenario). */
export function sessionFromSave(
  scenario: Scenario,
  saveText: string,
): { ok: true; value: WebSession; notices: readonly string[] } | { ok: false; error: string } {
  const parsed = parseSave(saveText);
  if (!parsed.ok) return { ok: false, error: parsed.error.message };
  const checked = loadSave(scenario, parsed.value);
  if (!checked.ok) return { ok: false, error: checked.error.message };
  const notices = checked.notices.map(
    (n) => `${n.message[0]!.toUpperCase()}${n.message.slice(1)}.`,
  );
  const human = Object.entries(parsed.value.players).find(
    ([f, p]) => p === 'human' && scenario.index.playable.includes(f),
  )?.[0];
  if (!human) return { ok: false, error: 'the save does not say which faction the player plays' };
  const policies = policiesFrom(scenario, human, parsed.value.players);
  if (!policies.ok) return policies;
  const r = sessionFromActions(
    scenario,
    parsed.value.seed,
    parsed.value.actions,
    human,
    policies.value,
  );
  return r.ok ? { ...r, notices } : r;
}

export function players(s: WebSession): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of s.scenario.index.playable)
    out[f] = f === s.human ? 'human' : (s.policies[f]?.name ?? 'random');
  return out;
}

/** How many actions to take back to undo the player's last action, or 0 if randomness was
 *  revealed since (the computer's actions after it are taken back with it). */
function undoDepth(s: WebSession): number {
  const acts = s.game.actions;
  for (let i = acts.length - 1; i >= 0 && s.game.drawsBefore[i] === s.game.state.draws; i--)
    if (acts[i]!.faction === s.human) return acts.length - i;
  return 0;
}

export function undoLast(s: WebSession): Result<WebSession, string> {
  const depth = undoDepth(s);
  if (depth === 0)
    return {
      ok: false,
      error: 'nothing to undo: the dice have been rolled since your last action',
    };
  return sessionFromActions(
    s.scenario,
    s.game.seed,
    s.game.actions.slice(0, -depth),
    s.human,
    s.policies,
  );
}

/** What if: the game as it was just before the player's action number `index`. */
export function forkAt(s: WebSession, index: number): Result<WebSession, string> {
  const a = s.game.actions[index];
  if (!a || a.faction !== s.human)
    return { ok: false, error: 'there is no decision of yours at that point' };
  return sessionFromActions(
    s.scenario,
    s.game.seed,
    s.game.actions.slice(0, index),
    s.human,
    s.policies,
  );
}

export function playerAction(s: WebSession, action: Action): Result<null, string> {
  if (action.faction !== s.human)
    return { ok: false, error: 'you can only act for your own faction' };
  const r = apply(s, action);
  if (!r.ok) return r;
  advance(s);
  return r;
}

function pastDecisions(s: WebSession): PastDecision[] {
  const out: PastDecision[] = [];
  s.game.actions.forEach((a, index) => {
    if (a.faction !== s.human || a.type !== 'choose') return;
    out.push({
      index,
      date: dateOf(s.scenario, a.turn),
      title: text(s.scenario, `event.${a.event}.title`),
      chose: text(s.scenario, `event.${a.event}.choice.${a.option}.label`),
    });
  });
  return out;
}

/** What the page shows of the game: worked out from the player's view alone, but for the seed,
 *  the players' policies and whether undo is open, which are facts of the game's record (the
 *  player holds the whole record, in the save, in a game against the computer). */
export function turnModel(s: WebSession): TurnModel {
  const { scenario, game, human } = s;
  const state = viewFor(scenario, game.state, human);
  const depth = undoDepth(s);
  return {
    seed: game.seed,
    human,
    players: players(s),
    turn: state.turn,
    date: dateOf(scenario, state.turn),
    phase: state.phase,
    tracks: trackModels(scenario, state),
    regions: regionModels(scenario, state),
    people: peopleModels(scenario, state),
    orders: orderModels(scenario, state),
    decision: decisionModel(scenario, state),
    news: newsItems(scenario, state.log.slice(reportStart(state)), human),
    newsTitle: newsTitle(scenario, state),
    ending: endingModel(scenario, state),
    undoable: depth > 0 ? 1 : 0,
    history: s.history,
    decisions: pastDecisions(s),
    briefing: briefingModel(scenario, state),
    warnings: warningModels(scenario, state),
  };
}

export function update(s: WebSession): Update {
  return { model: turnModel(s), save: saveGame(s.game, players(s)) };
}

/** The chronicle as the player knows it; once the game is over its secrets are out, and it is
 *  told as everyone saw it. */
export function chronicleOf(s: WebSession): ChronicleModel {
  const { state } = s.game;
  const chronicle = buildChronicle(
    s.scenario,
    // the seed labels the chronicle: the player holds the game's record (its save) anyway
    state.phase === 'ended' ? state : { ...viewFor(s.scenario, state, s.human), seed: state.seed },
  );
  return { chronicle, markdown: chronicleMarkdown(chronicle), html: chronicleHtml(chronicle) };
}
