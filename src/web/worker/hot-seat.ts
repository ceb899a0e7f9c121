// Hot-seat: several people play on one device, each in turn, the others' factions by bots. The
// worker holds the game; the page is told only whose turn it is, and is given a seat's model only
// while that seat plays: between seats it holds nothing of anyone's view.
import { parsePolicy, type Policy } from '../../ai';
import {
  generatorFrom,
  legalActions,
  newGame,
  play,
  seedRng,
  viewFor,
  waitingFor,
  type Action,
  type Game,
  type Generator,
  type Result,
  type Scenario,
} from '../../engine';
import type { HistoryPoint, HotSeatSpec, HotSeatTurn, Update } from '../protocol';
import { chronicleFrom, modelFromView, recordPoint, revealAll } from './from-view';

export interface HotSeat {
  readonly scenario: Scenario;
  game: Game;
  readonly humans: readonly string[];
  readonly policies: Readonly<Record<string, Policy>>;
  readonly rngs: Map<string, Generator>;
  /** Per person, the figures they were shown at the start of each month. */
  readonly histories: Map<string, HistoryPoint[]>;
}

export function newHotSeat(scenario: Scenario, spec: HotSeatSpec): Result<HotSeat, string> {
  const playable = scenario.index.playable;
  const humans = playable.filter((f) => spec.humans.includes(f));
  if (humans.length < 2 || humans.length !== spec.humans.length)
    return { ok: false, error: 'hot-seat needs at least two of the playable factions' };
  if (!Number.isInteger(spec.seed)) return { ok: false, error: 'the seed must be a whole number' };
  const policies: Record<string, Policy> = {};
  const tracks = scenario.tracks.map((t) => t.id);
  for (const f of playable)
    if (!humans.includes(f)) {
      const name = Object.hasOwn(spec.policies, f) ? spec.policies[f]! : 'random';
      const r = parsePolicy(name, tracks);
      if (!r.ok) return { ok: false, error: `${f}: ${r.error}` };
      policies[f] = r.value;
    }
  const game = newGame(scenario, spec.seed);
  const rngs = new Map<string, Generator>();
  playable.forEach((f, i) =>
    rngs.set(f, generatorFrom(seedRng((spec.seed ^ Math.imul(0x9e3779b9, i + 1)) | 0))),
  );
  const s: HotSeat = { scenario, game, humans, policies, rngs, histories: new Map() };
  for (const f of humans) s.histories.set(f, []);
  record(s);
  return botsPlay(s);
}

function record(s: HotSeat): void {
  for (const f of s.humans)
    recordPoint(s.scenario, s.histories.get(f)!, viewFor(s.scenario, s.game.state, f));
}

/** Lets the bots act until a person has to, or the game is over. */
function botsPlay(s: HotSeat): Result<HotSeat, string> {
  for (let guard = 0; guard < 10_000 && s.game.state.phase !== 'ended'; guard++) {
    const bot = waitingFor(s.scenario, s.game.state).find((f) => !s.humans.includes(f));
    if (bot === undefined) break;
    const view = viewFor(s.scenario, s.game.state, bot);
    const action = s.policies[bot]!.decide(
      s.scenario,
      view,
      legalActions(s.scenario, view),
      s.rngs.get(bot)!,
    );
    const r = apply(s, action);
    if (!r.ok) return { ok: false, error: `the bot for ${bot} erred (${r.error})` };
  }
  return { ok: true, value: s };
}

function apply(s: HotSeat, action: Action): Result<null, string> {
  const r = play(s.game, action);
  if (!r.ok) return { ok: false, error: r.error };
  s.game = r.value.game;
  record(s);
  return { ok: true, value: null };
}

/** Whose turn it is: the first person the game waits for, or null once it has ended. */
export function seatToPlay(s: HotSeat): string | null {
  if (s.game.state.phase === 'ended') return null;
  return waitingFor(s.scenario, s.game.state).find((f) => s.humans.includes(f)) ?? null;
}

export function turnOf(s: HotSeat): HotSeatTurn {
  return { next: seatToPlay(s), ended: s.game.state.phase === 'ended' };
}

function players(s: HotSeat): Record<string, string> {
  return Object.fromEntries(
    s.scenario.index.playable.map((f) => [
      f,
      s.humans.includes(f) ? 'human' : (s.policies[f]?.name ?? 'random'),
    ]),
  );
}

/** The model of the seat whose turn it is (or, once the game is over, of any seat: all is
 *  revealed then). Refused for anyone else. */
export function seatModel(s: HotSeat, faction: string): Result<Update, string> {
  const ended = s.game.state.phase === 'ended';
  if (!s.humans.includes(faction) || (!ended && seatToPlay(s) !== faction))
    return { ok: false, error: `it is not ${faction}'s turn` };
  const view = viewFor(s.scenario, s.game.state, faction);
  // the save would hold every seat's orders: a hot-seat game is not saved
  return {
    ok: true,
    value: {
      model: modelFromView(s.scenario, view, faction, players(s), s.histories.get(faction)!),
      save: '',
    },
  };
}

/** The action of the seat whose turn it is. */
export function seatAct(s: HotSeat, action: Action): Result<HotSeatTurn, string> {
  if (seatToPlay(s) !== action.faction)
    return { ok: false, error: `it is not ${action.faction}'s turn` };
  const r = apply(s, action);
  if (!r.ok) return r;
  const b = botsPlay(s);
  if (!b.ok) return b;
  return { ok: true, value: turnOf(s) };
}

export function hotSeatChronicle(s: HotSeat, faction: string) {
  const ended = s.game.state.phase === 'ended';
  if (!ended && seatToPlay(s) !== faction) return null;
  return chronicleFrom(
    s.scenario,
    ended ? s.game.state : viewFor(s.scenario, s.game.state, faction),
  );
}

export function hotSeatReveal(s: HotSeat) {
  return s.game.state.phase === 'ended' ? revealAll(s.scenario, s.game.state) : null;
}
