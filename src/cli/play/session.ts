// A game in the terminal: the scenario, the game so far, who plays what, and where it is saved.
import {
  generatorFrom,
  reportStart,
  saveGame,
  seedRng,
  viewFor,
  type Game,
  type GameView,
  type Generator,
  type Scenario,
} from '../../engine';
import type { Policy } from '../../ai';
import type { Input } from '../input';
import { writeAtomic } from '../saves/save-file';

export interface Session {
  readonly scenario: Scenario;
  /** How the player named the scenario, to print commands that resume the game. */
  readonly scenarioArg: string;
  game: Game;
  readonly human: string;
  readonly policies: Readonly<Record<string, Policy>>;
  readonly rngs: ReadonlyMap<string, Generator>;
  readonly input: Input;
  savePath: string | null;
  /** Entries of the player's log already printed, and those printed as of the last month's
   *  screen (counted in the player's view of the log). */
  seen: number;
  monthSeen: number;
  lastSavedTurn: number | null;
}

/** What a prompt can lead to besides its own answer. */
export type Outcome = 'done' | 'quit' | 'eof';

export function newSession(
  fields: Omit<Session, 'rngs' | 'seen' | 'monthSeen' | 'lastSavedTurn'>,
): Session {
  const rngs = new Map<string, Generator>();
  // Each AI gets a generator of its own; a resumed game seeds them afresh (its past is in the save).
  fields.scenario.index.playable.forEach((f, i) =>
    rngs.set(
      f,
      generatorFrom(
        seedRng((fields.game.seed ^ Math.imul(0x9e3779b9, i + 1) ^ fields.game.actions.length) | 0),
      ),
    ),
  );
  // A resumed game tells its last month again, as it was told when first played.
  const seen = reportStart(viewFor(fields.scenario, fields.game.state, fields.human));
  return { ...fields, rngs, seen, monthSeen: seen, lastSavedTurn: null };
}

/** The game as the player may know it: everything the terminal shows is worked out from it. */
export function viewOf(s: Pick<Session, 'scenario' | 'game' | 'human'>): GameView {
  return viewFor(s.scenario, s.game.state, s.human);
}

export function players(s: Session): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of s.scenario.index.playable)
    out[f] = f === s.human ? 'human' : (s.policies[f]?.name ?? 'random');
  return out;
}

export function saveTo(s: Session, file: string): void {
  writeAtomic(file, saveGame(s.game, players(s)));
  s.lastSavedTurn = s.game.state.turn;
}

export function resumeHint(s: Session, file: string): string {
  return `resume with: uchronia play ${s.scenarioArg} --load ${file} --save ${file}`;
}
